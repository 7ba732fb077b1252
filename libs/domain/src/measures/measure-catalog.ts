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

const IET_INITIATION_DAYS = 14;
const IET_ENGAGEMENT_DAYS = 34;

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
  ietInitiationDays: IET_INITIATION_DAYS,
  /** HEDIS IET: engagement counts the day after the initiation day through 34 days after it. */
  ietEngagementDays: IET_ENGAGEMENT_DAYS,
  /** HEDIS IET: the engagement window can end as late as day 48 (initiation on day 14, plus 34 days). */
  ietEngagementFollowUpDays: IET_INITIATION_DAYS + IET_ENGAGEMENT_DAYS,
  /** HEDIS IET: further services or medication treatments that make engagement (one injection suffices). */
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
      'Patients with OUD, 16 or older, who started naltrexone in the period and had it in the period: from their first naltrexone through day 180, no gap of 8 or more uncovered days. An injection counts 31 days; overlapping fills are carried forward; fills on the same day count once, the longest.',
    source: 'HEDIS POD (Pharmacotherapy for Opioid Use Disorder), ages 16 and older',
    lowerIsBetter: false,
  },
  retention_90: {
    id: 'retention_90',
    title: 'Retention at 90 days',
    description:
      'Patients who started naltrexone in the period and were still supplied on day 90 or later, counting coverage as PDC does (an early refill is carried forward, an injection covers 28 days); a new start ends the course.',
    source: 'Treatment retention',
    lowerIsBetter: false,
  },
  retention_180: {
    id: 'retention_180',
    title: 'Retention at 180 days',
    description:
      'Patients who started naltrexone in the period and were still supplied on day 180 or later, counting coverage as PDC does (an early refill is carried forward, an injection covers 28 days); a new start ends the course.',
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
      'Patients 13 or older with an intake in the period who had a therapy session (other than the intake) or naltrexone on the intake day or the 13 days after it.',
    source: 'HEDIS IET',
    lowerIsBetter: false,
  },
  iet_engagement: {
    id: 'iet_engagement',
    title: 'Engagement in treatment (34 days)',
    description:
      'Patients 13 or older with an intake in the period who initiated treatment, then, from the day after initiation through 34 days after it, had an XR-NTX injection or two or more further sessions or naltrexone treatments. Counted from day 48 after the intake.',
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
        : `${value} further ${value === 1 ? 'treatment' : 'treatments'} within 34 days of initiation`;
  }
}
