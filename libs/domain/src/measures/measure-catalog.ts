export const MEASURE_IDS = [
  'pdc_80',
  'pod_180',
  'retention_90',
  'retention_180',
  'early_relapse',
  'iet_initiation',
  'iet_engagement',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export interface MeasureDefinition {
  id: MeasureId;
  title: string;
  /** Who is counted and what puts them in the numerator, in a clinician's words. */
  description: string;
  /** The published measure it follows. */
  source: string;
  /** A falling rate is the good direction (early relapse). */
  lowerIsBetter: boolean;
}

/** Fixed by the published measures, unlike the clinic's settings. */
export const MEASURE_CONSTANTS = Object.freeze({
  /** PQA: 18 years and older on the first day of the measurement period. */
  pdcMinAge: 18,
  /** PQA: at least two fills on different days in the period. */
  pdcMinFills: 2,
  /** HEDIS POD: 16 years and older on the index prescription start date. */
  podMinAge: 16,
  /** HEDIS POD: the treatment period is the IPSD and the 179 days after it. */
  podTreatmentDays: 180,
  /** HEDIS IET: 13 years and older on the episode date. */
  ietMinAge: 13,
  /** HEDIS IET: the episode date and the 13 days after it. */
  ietInitiationDays: 14,
  /** HEDIS IET as DESIGN.md states it: the episode date and the 33 days after it. */
  ietEngagementDays: 34,
  /** HEDIS IET: further services or medication treatments that make engagement. */
  ietEngagementServices: 2,
});

export const MEASURE_DEFINITIONS: Readonly<Record<MeasureId, MeasureDefinition>> = Object.freeze({
  pdc_80: {
    id: 'pdc_80',
    title: 'Adherence (PDC ≥ 80%)',
    description:
      'Patients with two or more naltrexone fills on different days in the period whose proportion of days covered, from their first fill in the period to its end, is at least 80%.',
    source: 'PQA Proportion of Days Covered',
    lowerIsBetter: false,
  },
  pod_180: {
    id: 'pod_180',
    title: 'Continuity of pharmacotherapy (180 days)',
    description:
      'Patients with OUD who started naltrexone in the period, whose first 180 days of treatment had no gap of 8 or more days (an injection counts 31 days).',
    source: 'HEDIS POD / NQF 3175',
    lowerIsBetter: false,
  },
  retention_90: {
    id: 'retention_90',
    title: 'Retention at 90 days',
    description: 'Patients who started naltrexone in the period and were still supplied with it on day 90.',
    source: 'Treatment retention',
    lowerIsBetter: false,
  },
  retention_180: {
    id: 'retention_180',
    title: 'Retention at 180 days',
    description: 'Patients who started naltrexone in the period and were still supplied with it on day 180.',
    source: 'Treatment retention',
    lowerIsBetter: false,
  },
  early_relapse: {
    id: 'early_relapse',
    title: 'Early relapse',
    description: 'Patients who started naltrexone in the period and relapsed within 12 weeks (84 days) of the start.',
    source: 'X:BOT relapse and heavy drinking day rules',
    lowerIsBetter: true,
  },
  iet_initiation: {
    id: 'iet_initiation',
    title: 'Initiation of treatment (14 days)',
    description:
      'Patients with an intake in the period who had a therapy session (other than the intake) or naltrexone within 14 days of it.',
    source: 'HEDIS IET',
    lowerIsBetter: false,
  },
  iet_engagement: {
    id: 'iet_engagement',
    title: 'Engagement in treatment (34 days)',
    description:
      'Patients with an intake in the period who initiated treatment and had two or more further sessions or naltrexone treatments within 34 days of the intake.',
    source: 'HEDIS IET',
    lowerIsBetter: false,
  },
});

/** The deciding value in words, for the drill-down. */
export function describeMeasureValue(id: MeasureId, value: number | null): string {
  switch (id) {
    case 'pdc_80':
      return value === null ? 'No PDC' : `PDC ${Math.floor(value * 1000 + 1e-9) / 10}%`;
    case 'pod_180':
      return value === null || value === 0 ? 'No gap' : `Longest gap ${value} ${value === 1 ? 'day' : 'days'}`;
    case 'retention_90':
    case 'retention_180':
      return value === null ? 'Never supplied' : `Supplied through day ${value}`;
    case 'early_relapse':
      return value === null ? 'No relapse' : `Relapse on day ${value}`;
    case 'iet_initiation':
      return value === null ? 'No treatment by day 14' : `Treatment on day ${value}`;
    case 'iet_engagement':
      return value === null
        ? 'Not initiated'
        : `${value} further ${value === 1 ? 'treatment' : 'treatments'} by day 34`;
  }
}
