import type { ClinicalDate } from '@naltrack/domain';
import type { ExportFormat, ExportQuery } from '../../api/exports';

export type ExportScope = 'team' | 'patient';

/** The report form as typed: strings throughout, '' for "not given". */
export interface ExportDraft {
  format: ExportFormat;
  from: string;
  to: string;
  scope: ExportScope;
  /** '' exports all of the user's care teams. */
  careTeamId: string;
  patientId: string | null;
  recipient: string;
  purpose: string;
}

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV (one row per patient and month)',
  pdf: 'PDF (printable report)',
  fhir: 'FHIR R4 bundle (JSON)',
};

/** The first day of the month `months` before the month of `date`. */
export function firstOfMonthBefore(date: ClinicalDate, months: number): ClinicalDate {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** This calendar month and the two before it, up to today, for all of the user's teams. */
export function defaultDraft(today: ClinicalDate): ExportDraft {
  return {
    format: 'csv',
    from: firstOfMonthBefore(today, 2),
    to: today,
    scope: 'team',
    careTeamId: '',
    patientId: null,
    recipient: '',
    purpose: '',
  };
}

/**
 * The query the API takes: empty fields left out, one of team or patient, and the purpose only with
 * a recipient (an export for the care team's own use has neither).
 */
export function toExportQuery(draft: ExportDraft): ExportQuery {
  const query: ExportQuery = { format: draft.format, from: draft.from, to: draft.to };
  if (draft.scope === 'team' && draft.careTeamId) query.careTeamId = draft.careTeamId;
  if (draft.scope === 'patient' && draft.patientId) query.patientId = draft.patientId;
  const recipient = draft.recipient.trim();
  if (recipient) {
    query.recipient = recipient;
    if (draft.purpose.trim()) query.purpose = draft.purpose.trim();
  }
  return query;
}
