import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  type Diagnosis,
  SWITCH_PRESCRIBERS,
  type SwitchMedication,
  type SwitchPrescriber,
  switchMedicationsFor,
} from '@naltrack/domain';
import { fieldErrorOf } from './api-field-errors';
import { SWITCH_MEDICATION_LABELS, SWITCH_PRESCRIBER_LABELS } from './switch-labels';

export interface SwitchDraft {
  medication: SwitchMedication | '';
  prescribedBy: SwitchPrescriber;
  program: string;
  plan: string;
}

export const SWITCH_FIELDS = ['switchTo', 'switchTo.medication', 'switchTo.prescribedBy', 'switchTo.program', 'plan'];

export function newSwitchDraft(diagnoses: readonly Diagnosis[]): SwitchDraft {
  return { medication: switchMedicationsFor(diagnoses)[0] ?? '', prescribedBy: 'this_team', program: '', plan: '' };
}

interface SwitchFieldsProps {
  diagnoses: readonly Diagnosis[];
  draft: SwitchDraft;
  onChange: (draft: SwitchDraft) => void;
  error: unknown;
}

/** The new medication (only those treating one of the patient's disorders), who prescribes it, and the start plan. */
export function SwitchFields({ diagnoses, draft, onChange, error }: SwitchFieldsProps) {
  const medications = switchMedicationsFor(diagnoses).map((value) => ({
    value,
    label: SWITCH_MEDICATION_LABELS[value],
  }));
  const prescribers = SWITCH_PRESCRIBERS.map((value) => ({ value, label: SWITCH_PRESCRIBER_LABELS[value] }));
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NativeSelect
          label="Switch to"
          data={medications}
          value={draft.medication}
          onChange={(e) => onChange({ ...draft, medication: e.currentTarget.value as SwitchMedication })}
          error={fieldErrorOf(error, 'switchTo.medication') ?? fieldErrorOf(error, 'switchTo')}
        />
        <NativeSelect
          label="Prescribed by"
          data={prescribers}
          value={draft.prescribedBy}
          onChange={(e) => onChange({ ...draft, prescribedBy: e.currentTarget.value as SwitchPrescriber })}
          error={fieldErrorOf(error, 'switchTo.prescribedBy')}
        />
        {draft.prescribedBy === 'other_program' ? (
          <TextInput
            label="Program"
            required
            value={draft.program}
            onChange={(e) => onChange({ ...draft, program: e.currentTarget.value })}
            error={fieldErrorOf(error, 'switchTo.program')}
          />
        ) : null}
      </SimpleGrid>
      <Textarea
        label="Start plan"
        description="Required for buprenorphine or methadone starting before an XR-NTX injection's blockade ends (28 days)."
        minRows={2}
        value={draft.plan}
        onChange={(e) => onChange({ ...draft, plan: e.currentTarget.value })}
        error={fieldErrorOf(error, 'plan')}
      />
    </>
  );
}
