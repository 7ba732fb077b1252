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
