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
};

export function measure(id: MeasureId, numerator: number, denominator: number): MeasureResult {
  return {
    id,
    title: TITLES[id],
    description: `Who counts for ${TITLES[id]}.`,
    source: id.startsWith('iet') ? 'HEDIS IET' : 'PQA Proportion of Days Covered',
    lowerIsBetter: id === 'early_relapse',
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
