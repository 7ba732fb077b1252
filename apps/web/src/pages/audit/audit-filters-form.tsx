import { Autocomplete, Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { MONOSPACE_INPUT } from '../admin/form-styles';
import { fieldErrorOf } from '../patient/api-field-errors';
import { type AuditUrlFilters, NO_AUDIT_FILTERS, UUID } from './use-audit-filters';

/** Routes an auditor asks about most; the trail's own actions are added as they load. */
const COMMON_ACTIONS = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/patients/:id',
  'GET /api/caseload',
  'POST /api/break-glass',
  'PATCH /api/clinicians/:id',
];

interface AuditFiltersFormProps {
  filters: AuditUrlFilters;
  /** Actions seen in the loaded events, offered beside the common ones. */
  seenActions: readonly string[];
  /** The last request's error: the API names the filter at fault. */
  error: unknown;
  onApply: (filters: AuditUrlFilters) => void;
}

type DraftErrors = Partial<Record<keyof AuditUrlFilters, string>>;

function check(draft: AuditUrlFilters): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.actorId && !UUID.test(draft.actorId)) errors.actorId = 'An actor id is a UUID; pick one in the table';
  if (draft.patientId && !UUID.test(draft.patientId)) errors.patientId = 'A patient id is a UUID';
  if (draft.from && draft.to && draft.from > draft.to) errors.to = 'The last day comes before the first';
  return errors;
}

/** Filters are applied on submit: each is an exact match, so half-typed ids would only fail. */
export function AuditFiltersForm({ filters, seenActions, error, onApply }: AuditFiltersFormProps) {
  const [draft, setDraft] = useState<AuditUrlFilters>(filters);
  const [errors, setErrors] = useState<DraftErrors>({});
  const set = (key: keyof AuditUrlFilters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const errorAt = (key: keyof AuditUrlFilters) => errors[key] ?? fieldErrorOf(error, key);
  const actions = [...new Set([...COMMON_ACTIONS, ...seenActions])].sort();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed: AuditUrlFilters = {
      actorId: draft.actorId.trim(),
      action: draft.action.trim(),
      patientId: draft.patientId.trim(),
      from: draft.from,
      to: draft.to,
    };
    const found = check(trimmed);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(trimmed);
  };
  const clear = () => {
    setDraft(NO_AUDIT_FILTERS);
    setErrors({});
    onApply(NO_AUDIT_FILTERS);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Filter audit events">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          label="Actor id"
          size="xs"
          w={300}
          styles={MONOSPACE_INPUT}
          spellCheck={false}
          value={draft.actorId}
          onChange={(e) => set('actorId')(e.currentTarget.value)}
          error={errorAt('actorId')}
        />
        <Autocomplete
          label="Action"
          size="xs"
          w={260}
          data={actions}
          value={draft.action}
          onChange={set('action')}
          error={errorAt('action')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label="From"
          type="date"
          size="xs"
          value={draft.from}
          onChange={(e) => set('from')(e.currentTarget.value)}
          error={errorAt('from')}
        />
        <TextInput
          label="To"
          type="date"
          size="xs"
          value={draft.to}
          onChange={(e) => set('to')(e.currentTarget.value)}
          error={errorAt('to')}
        />
        <TextInput
          label="Patient id"
          size="xs"
          w={300}
          styles={MONOSPACE_INPUT}
          spellCheck={false}
          value={draft.patientId}
          onChange={(e) => set('patientId')(e.currentTarget.value)}
          error={errorAt('patientId')}
        />
        <Group gap="xs" mt={24}>
          <Button type="submit" size="xs">
            Apply filters
          </Button>
          <Button size="xs" variant="default" onClick={clear}>
            Clear
          </Button>
        </Group>
      </Group>
    </form>
  );
}
