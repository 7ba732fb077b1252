/** Measures that count patients, each by their own record. */
export const PATIENT_MEASURE_IDS = [
  'pdc_80',
  'pod_180',
  'retention_90',
  'retention_180',
  'early_relapse',
  'iet_initiation',
  'iet_engagement',
  'measurement_based_care',
] as const;
export type PatientMeasureId = (typeof PATIENT_MEASURE_IDS)[number];

/** Measures that count outreach tasks (outreach-measures.ts). */
export const OUTREACH_MEASURE_IDS = ['outreach_days_to_attempt', 'outreach_on_time', 'outreach_re_engagement'] as const;
export type OutreachMeasureId = (typeof OUTREACH_MEASURE_IDS)[number];

export const MEASURE_IDS = [...PATIENT_MEASURE_IDS, ...OUTREACH_MEASURE_IDS] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export function isOutreachMeasure(id: MeasureId): id is OutreachMeasureId {
  return (OUTREACH_MEASURE_IDS as readonly string[]).includes(id);
}

/**
 * 'rate': the share of the denominator in the numerator. 'distribution': how many days something
 * took, as a median and 90th percentile over those it happened to (the numerator); the others are
 * still waiting (censored) and are reported as a count.
 */
export type MeasureKind = 'rate' | 'distribution';

/** What one member of a measure's denominator is. */
export type MeasureUnit = 'patient' | 'task';

export interface MeasureDefinition {
  id: MeasureId;
  title: string;
  /** Who is counted and what puts them in the numerator, in a clinician's words. */
  description: string;
  /** The published measure it follows. */
  source: string;
  /** A falling rate (or, for a distribution, fewer days) is the good direction. */
  lowerIsBetter: boolean;
  kind: MeasureKind;
  unit: MeasureUnit;
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
  /** Re-engagement counts the first attempt's day and the 14 days after it. */
  outreachReEngagementDays: 14,
  /** The distribution's upper percentile (nearest rank, as the median). */
  outreachUpperPercentile: 90,
});

export const MEASURE_DEFINITIONS: Readonly<Record<MeasureId, MeasureDefinition>> = Object.freeze({
  pdc_80: {
    id: 'pdc_80',
    title: 'Adherence (PDC ≥ 80%)',
    description:
      'Patients with two or more naltrexone fills on different days in the period whose proportion of days covered, from their first fill in the period to its end, is at least 80%.',
    source: 'PQA Proportion of Days Covered',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  pod_180: {
    id: 'pod_180',
    title: 'Continuity of pharmacotherapy (180 days)',
    description:
      'Patients with OUD, 16 or older, who started naltrexone in the period and had it in the period: from their first naltrexone through day 180, no gap of 8 or more uncovered days. An injection counts 31 days; overlapping fills are carried forward; fills on the same day count once, the longest.',
    source: 'HEDIS POD (Pharmacotherapy for Opioid Use Disorder), ages 16 and older',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  retention_90: {
    id: 'retention_90',
    title: 'Retention at 90 days',
    description:
      'Patients who started naltrexone in the period and were still supplied on day 90 or later, counting coverage as PDC does (an early refill is carried forward, an injection covers 28 days); a new start ends the course.',
    source: 'Treatment retention',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  retention_180: {
    id: 'retention_180',
    title: 'Retention at 180 days',
    description:
      'Patients who started naltrexone in the period and were still supplied on day 180 or later, counting coverage as PDC does (an early refill is carried forward, an injection covers 28 days); a new start ends the course.',
    source: 'Treatment retention',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  early_relapse: {
    id: 'early_relapse',
    title: 'Early relapse',
    description: 'Patients who started naltrexone in the period and relapsed within 12 weeks (84 days) of the start.',
    source: 'X:BOT relapse and heavy drinking day rules',
    lowerIsBetter: true,
    kind: 'rate',
    unit: 'patient',
  },
  iet_initiation: {
    id: 'iet_initiation',
    title: 'Initiation of treatment (14 days)',
    description:
      'Patients 13 or older with an intake in the period who had a therapy session (other than the intake) or naltrexone on the intake day or the 13 days after it.',
    source: 'HEDIS IET',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  iet_engagement: {
    id: 'iet_engagement',
    title: 'Engagement in treatment (34 days)',
    description:
      'Patients 13 or older with an intake in the period who initiated treatment, then, from the day after initiation through 34 days after it, had an XR-NTX injection or two or more further sessions or naltrexone treatments. Counted from day 48 after the intake.',
    source: 'HEDIS IET',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  measurement_based_care: {
    id: 'measurement_based_care',
    title: 'Measurement-based care (PHQ-9 or BAM)',
    description:
      'Patients whose day 90 after enrolment (the enrolment day is day 1) fell in the period who had a PHQ-9 or BAM in their first 30 days and another on a later day by day 90.',
    source: 'Measurement-based care in behavioral health',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'patient',
  },
  outreach_days_to_attempt: {
    id: 'outreach_days_to_attempt',
    title: 'Days from flag to first outreach',
    description:
      'Outreach tasks opened in the period for a caseload flag (not those opened by hand for another reason): days from the day the task was opened to its first attempt, as the median and 90th percentile (nearest rank: the smallest number of days that at least half, or 90%, of the attempted tasks were reached within). A task with no attempt yet is not counted in the percentiles; it is reported as waiting.',
    source: 'Clinic outreach',
    lowerIsBetter: true,
    kind: 'distribution',
    unit: 'task',
  },
  outreach_on_time: {
    id: 'outreach_on_time',
    title: 'Flags reached by their due day',
    description:
      'Outreach tasks opened in the period for a caseload flag whose first attempt was on or before the task’s due day. Counted once the due day has come; a task with no attempt is not in the numerator.',
    source: 'Clinic outreach',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'task',
  },
  outreach_re_engagement: {
    id: 'outreach_re_engagement',
    title: 'Re-engagement within 14 days of outreach',
    description:
      'Outreach tasks (any reason) whose first attempt was in the period, where the patient attended a therapy session (or came late) or had naltrexone administered or dispensed on the day of that attempt or the 14 days after it. Counted once those 14 days have passed.',
    source: 'Clinic outreach',
    lowerIsBetter: false,
    kind: 'rate',
    unit: 'task',
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
    case 'measurement_based_care':
      return value === null ? 'No PHQ-9 or BAM by day 90' : `Last PHQ-9 or BAM on day ${value}`;
    case 'outreach_days_to_attempt':
      return value === null ? 'No attempt yet' : `First attempt after ${days(value)}`;
    case 'outreach_on_time':
      if (value === null) return 'No attempt';
      if (value === 0) return 'First attempt on the due day';
      return value < 0 ? `First attempt ${days(-value)} before due` : `First attempt ${days(value)} late`;
    case 'outreach_re_engagement':
      return value === null
        ? `No session or naltrexone within ${MEASURE_CONSTANTS.outreachReEngagementDays} days`
        : value === 0
          ? 'Re-engaged on the day of the first attempt'
          : `Re-engaged ${days(value)} after the first attempt`;
  }
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
