import { Anchor, Badge, Tabs, Text } from '@mantine/core';
import type { Diagnosis, Sex } from '@naltrack/domain';
import { useState } from 'react';
import { InstrumentForm } from './instrument-form';
import { MedicationEventForm } from './medication-event-form';
import { NaltrexoneStartForm } from './naltrexone-start-form';
import { ObservationForm } from './observation-form';
import { PatientSection } from './patient-section';
import { RelapseForm } from './relapse-form';
import { SessionOutcomeForm } from './session-outcome-form';
import { TherapySessionForm } from './therapy-session-form';

const TABS = [
  { value: 'medication', label: 'Dose or injection' },
  { value: 'session', label: 'Session' },
  { value: 'outcome', label: 'Outcome' },
  { value: 'observation', label: 'Observation' },
  { value: 'instrument', label: 'Instrument' },
  { value: 'relapse', label: 'Relapse' },
  { value: 'start', label: 'Naltrexone start' },
] as const;
type RecordTab = (typeof TABS)[number]['value'];

interface RecordPanelProps {
  patientId: string;
  diagnoses: readonly Diagnosis[];
  /** The AUDIT-C's threshold depends on it. */
  sex: Sex;
  /** No naltrexone start recorded yet: the start is what this patient needs next. */
  needsStart: boolean;
}

/**
 * Every way to add to the patient's record, one form at a time. Doses come first (the daily task);
 * only the open tab is mounted, so the page asks for no more than it shows.
 */
export function RecordPanel({ patientId, diagnoses, sex, needsStart }: RecordPanelProps) {
  const [tab, setTab] = useState<RecordTab>('medication');
  return (
    <PatientSection title="Record">
      {needsStart && tab !== 'start' ? (
        <Text size="sm" mb="sm">
          No naltrexone start is recorded for this patient.{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setTab('start')}>
            Record the start
          </Anchor>
        </Text>
      ) : null}
      <Tabs value={tab} onChange={(value) => setTab((value as RecordTab | null) ?? 'medication')} keepMounted={false}>
        <Tabs.List mb="sm">
          {TABS.map(({ value, label }) => (
            <Tabs.Tab
              key={value}
              value={value}
              color={value === 'start' && needsStart ? 'orange' : undefined}
              rightSection={
                value === 'start' && needsStart ? (
                  <Badge size="xs" color="orange" variant="light">
                    Not started
                  </Badge>
                ) : undefined
              }
            >
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="medication">
          <MedicationEventForm patientId={patientId} />
        </Tabs.Panel>
        <Tabs.Panel value="session">
          <TherapySessionForm patientId={patientId} />
        </Tabs.Panel>
        <Tabs.Panel value="outcome">
          <SessionOutcomeForm patientId={patientId} />
        </Tabs.Panel>
        <Tabs.Panel value="observation">
          <ObservationForm patientId={patientId} />
        </Tabs.Panel>
        <Tabs.Panel value="instrument">
          <InstrumentForm patientId={patientId} sex={sex} />
        </Tabs.Panel>
        <Tabs.Panel value="relapse">
          <RelapseForm patientId={patientId} />
        </Tabs.Panel>
        <Tabs.Panel value="start">
          <NaltrexoneStartForm patientId={patientId} diagnoses={diagnoses} />
        </Tabs.Panel>
      </Tabs>
    </PatientSection>
  );
}
