import { Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { EXPORT_FORMATS, type ExportQuery } from '../../api/exports';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { useClinicToday } from '../../auth/use-clinic-today';
import { fieldErrorOf } from '../patient/api-field-errors';
import { FormFeedback } from '../patient/form-feedback';
import { defaultDraft, type ExportDraft, type ExportScope, FORMAT_LABELS, toExportQuery } from './export-draft';
import { PatientPicker } from './patient-picker';

/** Fields whose API errors show beside their inputs. */
const SHOWN_FIELDS = ['format', 'from', 'to', 'careTeamId', 'patientId', 'recipient', 'purpose'];

const formatOptions = EXPORT_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }));

interface ExportFormProps {
  onSubmit: (query: ExportQuery) => void;
  pending: boolean;
  error: unknown;
  /** Set after a direct download, until the next edit. */
  doneText: string | null;
  onEdit: () => void;
}

/** What to export: period, care team or patient, format, and a recipient outside the team if any. */
export function ExportForm({ onSubmit, pending, error, doneText, onEdit }: ExportFormProps) {
  const today = useClinicToday();
  const careTeams = useFetchCareTeams();
  const [draft, setDraft] = useState<ExportDraft>(() => defaultDraft(today));
  const set = <K extends keyof ExportDraft>(key: K, value: ExportDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    onEdit();
  };
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const teamOptions = [
    { value: '', label: 'All my care teams' },
    ...(careTeams.data ?? []).map((team) => ({ value: team.id, label: team.name })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toExportQuery(draft));
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Export adherence report">
      <Stack gap="sm">
        <FormFeedback error={error} shownFields={SHOWN_FIELDS} failedTitle="Not exported" savedText={doneText} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label="From"
            required
            max={today}
            value={draft.from}
            onChange={(e) => set('from', e.currentTarget.value)}
            error={errorAt('from')}
          />
          <TextInput
            type="date"
            label="To"
            required
            value={draft.to}
            onChange={(e) => set('to', e.currentTarget.value)}
            error={errorAt('to')}
          />
          <NativeSelect
            label="Format"
            data={formatOptions}
            value={draft.format}
            onChange={(e) => set('format', e.currentTarget.value as ExportDraft['format'])}
            error={errorAt('format')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="export-scope-label">
            Covers
          </Text>
          <SegmentedControl
            aria-labelledby="export-scope-label"
            data={[
              { value: 'team', label: 'Care teams' },
              { value: 'patient', label: 'One patient' },
            ]}
            value={draft.scope}
            onChange={(value) => set('scope', value as ExportScope)}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {draft.scope === 'team' ? (
          <NativeSelect
            label="Care team"
            data={teamOptions}
            value={draft.careTeamId}
            onChange={(e) => set('careTeamId', e.currentTarget.value)}
            error={errorAt('careTeamId')}
          />
        ) : (
          <PatientPicker
            value={draft.patientId}
            onChange={(patientId) => set('patientId', patientId)}
            error={errorAt('patientId')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Recipient outside the care team"
            description="Leave empty for the care team's own use. Each patient needs an active consent naming the recipient and purpose."
            value={draft.recipient}
            onChange={(e) => set('recipient', e.currentTarget.value)}
            error={errorAt('recipient')}
          />
          {draft.recipient.trim() ? (
            <TextInput
              label="Purpose of the disclosure"
              description="As the patients' consents word it, e.g. payment."
              required
              value={draft.purpose}
              onChange={(e) => set('purpose', e.currentTarget.value)}
              error={errorAt('purpose')}
            />
          ) : null}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={pending}>
            Export
          </Button>
          <Text size="sm" c="gray.7">
            Up to 1,000 patients download at once; larger exports run in the background below.
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
