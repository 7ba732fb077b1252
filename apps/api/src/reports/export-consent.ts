import type { CONSENT_SCOPES } from '../consents/consent.dto.js';
import type { ExportFormat } from './dto/adherence-export-query.dto.js';

export type ConsentScope = (typeof CONSENT_SCOPES)[number];

const REPORT_SCOPES: readonly ConsentScope[] = [
  'demographics',
  'medication',
  'adherence',
  'attendance',
  'observations',
  'relapses',
  'discontinuation',
];

/**
 * The record groups each format carries. A consent discloses only what it names (42 CFR 2.31), so
 * a disclosure to a recipient needs a consent whose scope holds every group the file contains.
 */
export const DISCLOSED_SCOPES: Record<ExportFormat, readonly ConsentScope[]> = {
  csv: REPORT_SCOPES,
  // The PDF timeline lists drug screens; the FHIR bundle carries screens but no relapses or requests.
  pdf: [...REPORT_SCOPES, 'drug_screens'],
  fhir: ['demographics', 'medication', 'adherence', 'attendance', 'observations', 'drug_screens'],
};

/** How many patients without consent a refusal names; the count is always given. */
export const MISSING_CONSENT_IDS_SHOWN = 100;

/** SQL placeholders (or expressions) for the parts of a consent check. */
export interface ConsentCheckParams {
  recipient: string;
  purpose: string;
  scope: string;
  today: string;
}

/**
 * The SQL condition that the patient `patientId` (an expression) has a consent in force today to
 * this recipient and purpose (case and outer spaces aside) whose scope holds every group disclosed.
 * The one definition for every export path, so a download re-check and the export agree.
 */
export function consentInForceSql(patientId: string, p: ConsentCheckParams): string {
  return `EXISTS (
            SELECT 1 FROM consent c
             WHERE c.patient_id = ${patientId}
               AND lower(btrim(c.recipient)) = lower(${p.recipient}) AND lower(btrim(c.purpose)) = lower(${p.purpose})
               AND c.scope @> ${p.scope}::text[]
               AND c.revoked_at IS NULL AND c.effective_on <= ${p.today} AND c.expires_on >= ${p.today})`;
}
