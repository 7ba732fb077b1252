import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  DISCONTINUATION_KINDS,
  DISCONTINUATION_REASONS,
  type Diagnosis,
  type DiscontinuationKind,
  type DiscontinuationReason,
  type Formulation,
} from '@naltrack/domain';
import { type FormEvent, useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import type { NewDiscontinuationRequest } from '../../api/discontinuation';
import { useCreateDiscontinuationRequest } from '../../api/hooks/use-create-discontinuation-request';
import { fieldErrorOf, needsFormAlert } from './api-field-errors';
import { DISCONTINUATION_REASON_LABELS } from './patient-format';
import { newSwitchDraft, SWITCH_FIELDS, type SwitchDraft, SwitchFields } from './switch-fields';
import { newTaperStep, TaperPlanFields, type TaperStepDraft } from './taper-plan-fields';

const KIND_LABELS: Record<DiscontinuationKind, string> = { taper: 'Taper', stop: 'Stop', switch: 'Switch medication' };
const SUBMIT_LABELS: Record<DiscontinuationKind, string> = {
  taper: 'Propose taper',
  stop: 'Propose stop',
  switch: 'Propose switch',
};
const kindOptions = DISCONTINUATION_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const reasonOptions = DISCONTINUATION_REASONS.map((value) => ({ value, label: DISCONTINUATION_REASON_LABELS[value] }));
const MIN_REASON_LENGTH = 10;

interface ProposalFormProps {
  patientId: string;
  /** XR-NTX is not tapered (it stops after its last injection), so plan steps are for oral only. */
  formulation: Formulation | null;
  /** A switch is to a medication for one of these. */
  diagnoses: readonly Diagnosis[];
}

export function DiscontinuationProposalForm({ patientId, formulation, diagnoses }: ProposalFormProps) {
  const propose = useCreateDiscontinuationRequest(patientId);
  const [kind, setKind] = useState<DiscontinuationKind>('taper');
  const [reasonCode, setReasonCode] = useState<DiscontinuationReason>('clinical_stability');
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [steps, setSteps] = useState<TaperStepDraft[]>(() => [newTaperStep()]);
  const [switchDraft, setSwitchDraft] = useState<SwitchDraft>(() => newSwitchDraft(diagnoses));
  const withPlan = kind === 'taper' && formulation !== 'xr_injection';
  const error = propose.error;
  const shownFields = [
    'kind',
    'reasonCode',
    'reason',
    'effectiveOn',
    ...SWITCH_FIELDS,
    ...steps.flatMap((_, i) => [`plan.${i}.startsOn`, `plan.${i}.doseMg`]),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewDiscontinuationRequest = { kind, reasonCode, reason: reason.trim(), effectiveOn };
    // An empty dose goes as null, not 0: the API then names the step instead of accepting a 0 mg dose.
    if (withPlan)
      body.plan = steps.map((s) => ({ startsOn: s.startsOn, doseMg: s.doseMg === '' ? null : Number(s.doseMg) }));
    if (kind === 'switch') {
      const { medication, prescribedBy, program, plan } = switchDraft;
      // Without a medication (no diagnosis recorded) switchTo is left out, and the API names it.
      if (medication) {
        body.switchTo = {
          medication,
          prescribedBy,
          ...(prescribedBy === 'other_program' ? { program: program.trim() } : {}),
        };
      }
      if (plan.trim()) body.plan = plan.trim();
    }
    propose.mutate(body);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Propose taper or stop">
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          No open request. Approval needs a prescriber and a therapist of the team other than you.
        </Text>
        {needsFormAlert(error, shownFields) ? (
          <Alert color="red" variant="light" title="Not proposed">
            {errorMessageOf(error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NativeSelect
            label="Kind"
            data={kindOptions}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as DiscontinuationKind)}
            error={fieldErrorOf(error, 'kind')}
          />
          <NativeSelect
            label="Reason code"
            data={reasonOptions}
            value={reasonCode}
            onChange={(e) => setReasonCode(e.currentTarget.value as DiscontinuationReason)}
            error={fieldErrorOf(error, 'reasonCode')}
          />
          <TextInput
            type="date"
            label={kind === 'switch' ? 'Effective on (new medication starts)' : 'Effective on (last day)'}
            required
            value={effectiveOn}
            onChange={(e) => setEffectiveOn(e.currentTarget.value)}
            error={fieldErrorOf(error, 'effectiveOn')}
          />
        </SimpleGrid>
        <Textarea
          label="Reason"
          description={`The clinical reasoning for the approvers (at least ${MIN_REASON_LENGTH} characters).`}
          required
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrorOf(error, 'reason')}
        />
        {kind === 'switch' ? (
          <SwitchFields diagnoses={diagnoses} draft={switchDraft} onChange={setSwitchDraft} error={error} />
        ) : null}
        {withPlan ? <TaperPlanFields steps={steps} onChange={setSteps} error={error} /> : null}
        {kind === 'taper' && formulation === 'xr_injection' ? (
          <Text size="xs" c="gray.7">
            XR-NTX is not tapered: it stops after the last injection, so no plan steps are needed.
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={propose.isPending}>
            {SUBMIT_LABELS[kind]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
