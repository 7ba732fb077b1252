import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { fieldErrorOf } from './api-field-errors';

export interface TaperStepDraft {
  /** Stable React key; steps are added and removed. */
  key: number;
  startsOn: string;
  doseMg: string;
}

interface TaperPlanFieldsProps {
  steps: TaperStepDraft[];
  onChange: (steps: TaperStepDraft[]) => void;
  /** The API's error, read at `plan` and `plan.<i>.<field>`. */
  error: unknown;
}

let nextKey = 1;
export const newTaperStep = (): TaperStepDraft => ({ key: nextKey++, startsOn: '', doseMg: '' });

/** Oral taper steps, each a start day and a daily dose; errors show at the step the API names. */
export function TaperPlanFields({ steps, onChange, error }: TaperPlanFieldsProps) {
  const update = (index: number, patch: Partial<TaperStepDraft>) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  const planError = fieldErrorOf(error, 'plan');

  return (
    <Stack gap="xs" role="group" aria-label="Taper plan">
      <Text size="sm" fw={500}>
        Taper plan (doses stepping down)
      </Text>
      {planError ? (
        <Text size="xs" c="red.8" role="alert">
          {planError}
        </Text>
      ) : null}
      {steps.map((step, index) => (
        <Group key={step.key} gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            type="date"
            label={`Step ${index + 1} starts on`}
            value={step.startsOn}
            onChange={(e) => update(index, { startsOn: e.currentTarget.value })}
            error={fieldErrorOf(error, `plan.${index}.startsOn`)}
          />
          <TextInput
            type="number"
            label={`Step ${index + 1} dose (mg)`}
            inputMode="decimal"
            value={step.doseMg}
            onChange={(e) => update(index, { doseMg: e.currentTarget.value })}
            error={fieldErrorOf(error, `plan.${index}.doseMg`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            aria-label={`Remove step ${index + 1}`}
            onClick={() => onChange(steps.filter((_, i) => i !== index))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...steps, newTaperStep()])}>
          Add step
        </Button>
      </Group>
    </Stack>
  );
}
