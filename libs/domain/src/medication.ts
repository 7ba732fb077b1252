import type { ClinicalDate } from './clinical-date.js';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from './clinical-settings.js';

export const FORMULATIONS = ['oral', 'xr_injection'] as const;
export type Formulation = (typeof FORMULATIONS)[number];

export const MEDICATION_EVENT_KINDS = ['dispensed', 'administered', 'taken', 'missed', 'refused'] as const;
export type MedicationEventKind = (typeof MEDICATION_EVENT_KINDS)[number];

export interface MedicationEventInput {
  kind: MedicationEventKind;
  formulation: Formulation;
  occurredOn: ClinicalDate;
  /** Days' supply of a dispense; ignored for other kinds. */
  daysSupply?: number | null;
  /** Whether a dose was observed by staff (true) or self-reported (false). */
  observed?: boolean | null;
}

/** A medication event as stored: what the API answers, exports read and the demo generates. */
export interface MedicationEventRecord {
  kind: MedicationEventKind;
  formulation: Formulation;
  occurredOn: ClinicalDate;
  daysSupply: number | null;
  doseMg: number | null;
  observed: boolean | null;
  lot: string | null;
  site: string | null;
  note: string | null;
}

/** What the API accepts as a dispense's days' supply. */
export function isValidDaysSupply(days: unknown, settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS): boolean {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= settings.maxDaysSupply;
}
