import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { SAFETY_OUTCOME_LABELS, SAFETY_OUTCOMES, type SafetyOutcome } from '@naltrack/domain';
import type { FormEvent } from 'react';
import { useCreateSafetyAssessment } from '../../api/hooks/use-create-safety-assessment';
import { useClinicToday } from '../../auth/use-clinic-today';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { useRecordDraft } from './use-record-draft';

const SHOWN_FIELDS = ['assessedOn', 'outcome', 'plan'];
const outcomeOptions = SAFETY_OUTCOMES.map((value) => ({ value, label: SAFETY_OUTCOME_LABELS[value] }));

interface SafetyDraft {
  assessedOn: string;
  outcome: SafetyOutcome;
  plan: string;
}

/** The safety assessment that answers a positive PHQ-9 item 9: its day, the risk found and the plan. */
export function SafetyAssessmentForm({ patientId }: { patientId: string }) {
  const today = useClinicToday();
  const create = useCreateSafetyAssessment(patientId);
  const { draft, set, savedText, setSavedText } = useRecordDraft<SafetyDraft>(() => ({
    assessedOn: today,
    outcome: 'no_current_risk',
    plan: '',
  }));
  const errorAt = (field: string) => fieldErrorOf(create.error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { assessedOn: draft.assessedOn, outcome: draft.outcome, plan: draft.plan.trim() },
      { onSuccess: () => setSavedText('Safety assessment recorded.') },
    );
  };

  return (
    <Stack gap="sm">
      <FormFeedback error={create.error} shownFields={SHOWN_FIELDS} savedText={savedText} />
      <form onSubmit={onSubmit} noValidate aria-label="Record safety assessment">
        <Stack gap="sm">
          <SimpleGrid minColWidth={170} spacing="sm">
            <TextInput
              type="date"
              label="Assessed on"
              required
              value={draft.assessedOn}
              onChange={(e) => set('assessedOn', e.currentTarget.value)}
              error={errorAt('assessedOn')}
            />
            <NativeSelect
              label="Outcome"
              data={outcomeOptions}
              value={draft.outcome}
              onChange={(e) => set('outcome', e.currentTarget.value as SafetyOutcome)}
              error={errorAt('outcome')}
            />
          </SimpleGrid>
          <Textarea
            label="Safety plan"
            description="What was agreed: supports, means restriction, crisis contacts, follow-up."
            required
            minRows={2}
            value={draft.plan}
            onChange={(e) => set('plan', e.currentTarget.value)}
            error={errorAt('plan')}
          />
          <Group>
            <Button type="submit" color="red" loading={create.isPending}>
              Record safety assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
