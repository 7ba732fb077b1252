/** Shared vocabularies: the API validates against these and the web app labels them. */

export const DIAGNOSES = ['AUD', 'OUD'] as const;
export type Diagnosis = (typeof DIAGNOSES)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const PATIENT_STATUSES = [
  'referred',
  'inducting',
  'active',
  'tapering',
  'discontinued',
  /** Naltrexone ended by a team-approved switch to another medication. */
  'switched',
  'lost_to_follow_up',
] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];

/** Medications a patient may switch to from naltrexone, by the disorder they treat. */
export const SWITCH_MEDICATIONS_BY_DIAGNOSIS = {
  OUD: ['buprenorphine', 'methadone'],
  AUD: ['acamprosate', 'disulfiram', 'other'],
} as const satisfies Record<Diagnosis, readonly string[]>;
export const SWITCH_MEDICATIONS = [
  ...SWITCH_MEDICATIONS_BY_DIAGNOSIS.OUD,
  ...SWITCH_MEDICATIONS_BY_DIAGNOSIS.AUD,
] as const;
export type SwitchMedication = (typeof SWITCH_MEDICATIONS)[number];

export const ROLES = ['prescriber', 'therapist', 'nurse', 'team_lead', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The notice 42 CFR 2.32 requires on every disclosure of Part 2 records. */
export const PART2_NOTICE = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';
