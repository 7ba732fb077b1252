import { Checkbox, SimpleGrid } from '@mantine/core';

interface ChoiceCheckboxesProps<T extends string> {
  label: string;
  description?: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  error: string | undefined;
}

/** Any number of a vocabulary's words (craving cues, coping skills), kept in the vocabulary's order. */
export function ChoiceCheckboxes<T extends string>({
  label,
  description,
  choices,
  labels,
  value,
  onChange,
  error,
}: ChoiceCheckboxesProps<T>) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={[...value]}
      onChange={(picked) => onChange(choices.filter((choice) => picked.includes(choice)))}
      error={error}
    >
      <SimpleGrid minColWidth={200} spacing="xs" mt="xs">
        {choices.map((choice) => (
          <Checkbox key={choice} value={choice} label={labels[choice]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
