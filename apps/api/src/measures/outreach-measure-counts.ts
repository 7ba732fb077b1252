import {
  cohortDistributionTrend,
  cohortTrend,
  describeMeasureValue,
  distributionOf,
  evaluateOutreachMeasure,
  MEASURE_DEFINITIONS,
  type MeasureMonth,
  type MeasurePeriod,
  type OutreachMeasureId,
  tally,
} from '@naltrack/domain';
import type { MeasurePatientDto } from './dto/measures-report.dto.js';
import type { MeasureCounts } from './measure-counts.js';
import type { OutreachMeasureRecord } from './outreach-measure-records.js';

/** The outreach measures over loaded tasks: each task's outcome from the domain, then totals and months. */
export function outreachMeasureCounts(
  ids: readonly OutreachMeasureId[],
  records: readonly OutreachMeasureRecord[],
  period: MeasurePeriod,
  months: readonly MeasureMonth[],
): Map<OutreachMeasureId, MeasureCounts> {
  const result = new Map<OutreachMeasureId, MeasureCounts>();
  for (const id of ids) {
    const evaluated = records.map((record) => ({
      record,
      outcome: evaluateOutreachMeasure(id, record, record, period),
    }));
    const outcomes = evaluated.map((e) => e.outcome);
    const patients = evaluated.flatMap(({ record, outcome }): MeasurePatientDto[] =>
      outcome.inDenominator
        ? [
            {
              patientId: record.patientId,
              name: record.name,
              mrn: record.mrn,
              inNumerator: outcome.inNumerator,
              value: outcome.value,
              valueLabel: describeMeasureValue(id, outcome.value),
              indexOn: outcome.indexOn,
              taskId: record.taskId,
              reason: record.reason,
            },
          ]
        : [],
    );
    const total = tally(outcomes);
    const counts: MeasureCounts =
      MEASURE_DEFINITIONS[id].kind === 'distribution'
        ? {
            ...total,
            trend: cohortDistributionTrend(outcomes, months).map(({ median, p90, ...point }) => ({
              ...point,
              distribution: { median, p90 },
            })),
            distribution: distributionOf(outcomes),
            patients,
          }
        : { ...total, trend: cohortTrend(outcomes, months), patients };
    result.set(id, counts);
  }
  return result;
}
