import type { CaseloadFlag } from '@naltrack/domain';
import type { PreparedExport } from './adherence-export.service.js';
import { type ConsentScope, DISCLOSED_SCOPES } from './export-consent.js';
import type { ExportPatient } from './export-patient.js';

/** The record groups each flag tells about: a flag is as sensitive as the records it was derived from. */
export const FLAG_SCOPES: Record<CaseloadFlag, readonly ConsentScope[]> = {
  // Derived from the PHQ-9 (an observation) and the safety assessment answering it.
  suicide_risk: ['observations'],
  injection_overdue: ['medication'],
  low_adherence: ['adherence'],
  missed_sessions: ['attendance'],
  craving_high: ['observations'],
  positive_screen: ['drug_screens'],
  early_relapse: ['relapses'],
  // "Without approval" tells that no discontinuation was approved.
  stopped_without_approval: ['medication', 'discontinuation'],
  relapse_during_taper: ['relapses', 'discontinuation'],
  not_started: ['medication'],
};

/**
 * The patient's current flags as this export may carry them. The care team's own use carries them
 * all; a disclosure only those whose records its format discloses, since the recipient's consent
 * was checked for those groups alone (a CSV for a payer leaves out positive_screen, a FHIR bundle
 * the relapse and discontinuation flags).
 */
export function exportedFlags(patient: ExportPatient, prepared: PreparedExport): CaseloadFlag[] {
  if (prepared.recipient === null) return patient.flags;
  const disclosed = DISCLOSED_SCOPES[prepared.format];
  return patient.flags.filter((flag) => FLAG_SCOPES[flag].every((scope) => disclosed.includes(scope)));
}
