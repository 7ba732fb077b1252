import type { MeasureId } from '@naltrack/domain';
import type { MeasurePatient, MeasureResult, MeasuresReport } from '../../api/measures';

const TITLES: Record<MeasureId, string> = {
  pdc_80: 'Adherence (PDC ≥ 80%)',
  pod_180: 'Continuity of pharmacotherapy (180 days)',
  retention_90: 'Retention at 90 days',
  retention_180: 'Retention at 180 days',
  early_relapse: 'Early relapse',
  iet_initiation: 'Initiation of treatment (14 days)',
  iet_engagement: 'Engagement in treatment (34 days)',
  measurement_based_care: 'Measurement-based care (PHQ-9 or BAM)',
  outreach_days_to_attempt: 'Days from flag to first outreach',
  outreach_on_time: 'Flags reached by their due day',
  outreach_re_engagement: 'Re-engagement within 14 days of outreach',
};

const isOutreach = (id: MeasureId) => id.startsWith('outreach');

export function measure(id: MeasureId, numerator: number, denominator: number): MeasureResult {
  return {
    id,
    title: TITLES[id],
    description: `Who counts for ${TITLES[id]}.`,
    source: id.startsWith('iet') ? 'HEDIS IET' : isOutreach(id) ? 'Clinic outreach' : 'PQA Proportion of Days Covered',
    lowerIsBetter: id === 'early_relapse',
    kind: 'rate',
    unit: isOutreach(id) ? 'task' : 'patient',
    numerator,
    denominator,
    rate: denominator === 0 ? null : numerator / denominator,
    trendKind: id === 'pdc_80' ? 'period_to_date' : 'cohort_month',
    trend: [
      { month: '2025-01', numerator: 0, denominator: 0, rate: null },
      { month: '2025-02', numerator, denominator, rate: denominator === 0 ? null : numerator / denominator },
    ],
  };
}

/** Days from flag to first attempt: `measured` tasks reached, `waiting` without an attempt. */
export function daysToAttempt(measured: number, waiting: number, median: number, p90: number): MeasureResult {
  return {
    ...measure('outreach_days_to_attempt', measured, measured + waiting),
    lowerIsBetter: true,
    kind: 'distribution',
    distribution: { median, p90 },
    trend: [
      { month: '2025-01', numerator: 2, denominator: 2, rate: 1, distribution: { median: 1, p90: 3 } },
      { month: '2025-02', numerator: 0, denominator: 1, rate: 0, distribution: { median: null, p90: null } },
    ],
  };
}

export function measuresReport(measures: MeasureResult[], overrides: Partial<MeasuresReport> = {}): MeasuresReport {
  return { from: '2025-01-01', to: '2025-02-28', asOf: '2025-03-01', careTeamId: null, measures, ...overrides };
}

/** Every measure, each with some patients counted. */
export const FULL_REPORT = measuresReport([
  measure('pdc_80', 2, 3),
  measure('pod_180', 1, 4),
  measure('retention_90', 3, 5),
  measure('retention_180', 1, 2),
  measure('early_relapse', 1, 5),
  measure('iet_initiation', 4, 4),
  measure('iet_engagement', 0, 4),
  measure('measurement_based_care', 2, 3),
  daysToAttempt(4, 1, 2, 8),
  measure('outreach_on_time', 2, 5),
  measure('outreach_re_engagement', 3, 5),
]);

export const RETENTION_PATIENTS: MeasurePatient[] = [
  {
    patientId: 'p-able',
    name: 'Able, Ann',
    mrn: 'MRN-001',
    inNumerator: true,
    value: 120,
    valueLabel: 'Supplied through day 120',
    indexOn: '2025-01-02',
  },
  {
    patientId: 'p-baker',
    name: 'Baker, Bo',
    mrn: 'MRN-002',
    inNumerator: false,
    value: 67,
    valueLabel: 'Supplied through day 67',
    indexOn: '2025-02-10',
  },
];

/** One patient twice (two tasks), and a task still waiting. */
export const OUTREACH_TASKS: MeasurePatient[] = [
  {
    patientId: 'p-able',
    name: 'Able, Ann',
    mrn: 'MRN-001',
    inNumerator: true,
    value: 2,
    valueLabel: 'First attempt after 2 days',
    indexOn: '2025-01-01',
    taskId: 'task-1',
    reason: 'missed_sessions',
  },
  {
    patientId: 'p-able',
    name: 'Able, Ann',
    mrn: 'MRN-001',
    inNumerator: true,
    value: 8,
    valueLabel: 'First attempt after 8 days',
    indexOn: '2025-01-20',
    taskId: 'task-2',
    reason: 'injection_overdue',
  },
  {
    patientId: 'p-dunn',
    name: 'Dunn, Di',
    mrn: 'MRN-004',
    inNumerator: false,
    value: null,
    valueLabel: 'No attempt yet',
    indexOn: '2025-01-15',
    taskId: 'task-3',
    reason: 'low_adherence',
  },
];
