import { Badge, Text } from '@mantine/core';
import type {
  TodayApprovalLine,
  TodayPatientLine,
  TodaySessionLine,
  TodaySignalLine,
  TodayTaskLine,
} from '../../api/today';
import { DISCONTINUATION_KIND_LABELS } from '../patient/discontinuation-kind-labels';
import { OUTREACH_OUTCOME_LABELS, OUTREACH_REASON_LABELS } from '../patient/outreach-labels';
import { formatDate, labelOf, SESSION_STATUS_LABELS } from '../patient/patient-format';
import { formatSessionTime } from '../patient/session-time';
import { SIGNAL_LABELS } from './today-labels';
import { TodayLine } from './today-line';

export function PatientLine({ line }: { line: TodayPatientLine }) {
  return (
    <TodayLine patientId={line.patientId} name={line.name} mrn={line.mrn}>
      {line.detail} · {formatDate(line.on)}
    </TodayLine>
  );
}

export function SessionLine({ line, timeZone }: { line: TodaySessionLine; timeZone: string }) {
  return (
    <TodayLine patientId={line.patientId} name={line.name} mrn={line.mrn}>
      {formatSessionTime(line.scheduledAt, timeZone)} · {labelOf(SESSION_STATUS_LABELS, line.status)}
    </TodayLine>
  );
}

export function SignalLine({ line }: { line: TodaySignalLine }) {
  return (
    <TodayLine patientId={line.patientId} name={line.name} mrn={line.mrn}>
      <Badge size="sm" variant="light" color="orange" mr={6}>
        {labelOf(SIGNAL_LABELS, line.kind)}
      </Badge>
      {line.detail} · {formatDate(line.observedOn)}
    </TodayLine>
  );
}

export function ApprovalLine({ line }: { line: TodayApprovalLine }) {
  return (
    <TodayLine patientId={line.patientId} name={line.name} mrn={line.mrn}>
      {DISCONTINUATION_KIND_LABELS[line.kind]} proposed by {line.proposedBy} on {formatDate(line.proposedOn)}
    </TodayLine>
  );
}

function attemptsWords(line: TodayTaskLine): string {
  if (line.attempts === 0) return 'no attempt yet';
  const outcome = line.lastOutcome ? `, last: ${labelOf(OUTREACH_OUTCOME_LABELS, line.lastOutcome).toLowerCase()}` : '';
  return `${line.attempts} ${line.attempts === 1 ? 'attempt' : 'attempts'}${outcome}`;
}

export function TaskLine({ line }: { line: TodayTaskLine }) {
  return (
    <TodayLine patientId={line.patientId} name={line.name} mrn={line.mrn}>
      {labelOf(OUTREACH_REASON_LABELS, line.reason)} · due {formatDate(line.dueOn)}
      {line.overdue ? (
        <Badge size="sm" variant="light" color="red" ml={6}>
          Overdue
        </Badge>
      ) : null}
      <Text component="span" size="sm" c="gray.7">
        {' '}
        · {attemptsWords(line)}
      </Text>
    </TodayLine>
  );
}
