import { Fieldset, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import {
  PACS_ITEM_MAX,
  PACS_TOTAL_MAX,
  UDS_SUBSTANCE_LABELS,
  UDS_SUBSTANCES,
  type UdsSubstance,
} from '@naltrack/domain';
import { useId } from 'react';
import { pacsTotalOf, type ScreenAnswer } from './observation-fields';

/** The five PACS questions in short (Flannery et al., 1999), each scored 0-6 over the past week. */
const PACS_ITEM_LABELS = [
  'Frequency of thoughts',
  'Strongest craving',
  'Time spent thinking',
  'Difficulty resisting',
  'Overall craving',
];
const scoreOptions = [
  { value: '', label: '—' },
  ...Array.from({ length: PACS_ITEM_MAX + 1 }, (_, score) => ({ value: String(score), label: String(score) })),
];
const resultOptions: { value: ScreenAnswer; label: string }[] = [
  { value: '', label: 'Not tested' },
  { value: 'negative', label: 'Negative' },
  { value: 'positive', label: 'Positive' },
];

/** An error about a group as a whole (e.g. `items`): it describes the fieldset, whose inputs are marked invalid. */
function GroupError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <Text id={id} size="xs" c="red.8" mt="xs">
      {error}
    </Text>
  ) : null;
}

interface PacsItemsFieldsProps {
  items: string[];
  onChange: (items: string[]) => void;
  error: string | undefined;
}

export function PacsItemsFields({ items, onChange, error }: PacsItemsFieldsProps) {
  const errorId = useId();
  const total = pacsTotalOf(items);
  return (
    <Fieldset
      legend={`PACS items (0–${PACS_ITEM_MAX} each)`}
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
    >
      <SimpleGrid minColWidth={150} spacing="sm">
        {PACS_ITEM_LABELS.map((label, index) => (
          <NativeSelect
            key={label}
            label={`${index + 1}. ${label}`}
            data={scoreOptions}
            value={items[index] ?? ''}
            onChange={(e) => onChange(items.map((item, i) => (i === index ? e.currentTarget.value : item)))}
            error={error ? true : undefined}
          />
        ))}
      </SimpleGrid>
      <GroupError id={errorId} error={error} />
      <Text size="sm" mt="xs" aria-live="polite">
        Total: {total === null ? 'answer every item' : `${total} / ${PACS_TOTAL_MAX}`}
      </Text>
    </Fieldset>
  );
}

interface ScreenResultsFieldsProps {
  results: Record<UdsSubstance, ScreenAnswer>;
  onChange: (results: Record<UdsSubstance, ScreenAnswer>) => void;
  error: string | undefined;
}

export function ScreenResultsFields({ results, onChange, error }: ScreenResultsFieldsProps) {
  const errorId = useId();
  return (
    <Fieldset
      legend="Results per substance (leave untested ones as Not tested)"
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
    >
      <SimpleGrid minColWidth={130} spacing="sm">
        {UDS_SUBSTANCES.map((substance) => (
          <NativeSelect
            key={substance}
            label={UDS_SUBSTANCE_LABELS[substance]}
            data={resultOptions}
            value={results[substance]}
            onChange={(e) => onChange({ ...results, [substance]: e.currentTarget.value as ScreenAnswer })}
            error={error ? true : undefined}
          />
        ))}
      </SimpleGrid>
      <GroupError id={errorId} error={error} />
    </Fieldset>
  );
}
