import {
  type ClinicalSettings,
  cohortTrend,
  daysBetween,
  describeMeasureValue,
  evaluateMeasure,
  isOutreachMeasure,
  MEASURE_DEFINITIONS,
  MEASURE_IDS,
  MEASURE_TREND_KIND,
  type MeasureId,
  type MeasureMonth,
  type MeasureOutcome,
  type MeasurePeriod,
  type MeasureTrendPoint,
  monthEndWithin,
  type OutreachMeasureId,
  type PatientMeasureId,
  pdcMeasureAtEnds,
  periodMonths,
  rateOf,
  tally,
} from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { ReportsReader } from '../database/replica/reports-reader.js';
import type { MeasuresQueryDto } from './dto/measures-query.dto.js';
import type { MeasurePatientDto, MeasureResultDto, MeasuresReportDto } from './dto/measures-report.dto.js';
import type { MeasureCounts } from './measure-counts.js';
import { loadMeasureRecords, type MeasureRecord } from './measure-records.js';
import { outreachMeasureCounts } from './outreach-measure-counts.js';
import { loadOutreachMeasureRecords } from './outreach-measure-records.js';
import { isSetwiseMeasure, querySetwiseMeasures, type SetwiseResult } from './setwise-measures.js';

const MBC: PatientMeasureId = 'measurement_based_care';

/** A period longer than three years is refused, as for adherence reports. */
export const MAX_MEASURE_PERIOD_DAYS = 3 * 366;

const byNumeratorThenName = (a: MeasurePatientDto, b: MeasurePatientDto) =>
  Number(b.inNumerator) - Number(a.inNumerator) ||
  a.name.localeCompare(b.name) ||
  a.patientId.localeCompare(b.patientId) ||
  a.indexOn.localeCompare(b.indexOn) ||
  (a.taskId ?? '').localeCompare(b.taskId ?? '');

/**
 * The quality measures of the caller's care teams over a period. Each measure has one definition,
 * in libs/domain/src/measures: retention and IET are computed by PostgreSQL set-wise (held to the
 * domain by an integration test); for PDC, continuity and early relapse the records are loaded in
 * one statement and the domain applied, as for the outreach measures, which count tasks.
 */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly reader: ReportsReader,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  async report(query: MeasuresQueryDto, principal: Principal): Promise<MeasuresReportDto> {
    const period = this.checkPeriod(query);
    if (query.careTeamId && !principal.teamIds.includes(query.careTeamId)) throw notFound('Care team');
    const teamIds = query.careTeamId ? [query.careTeamId] : principal.teamIds;
    const ids = query.measure ? [query.measure] : [...MEASURE_IDS];
    const withPatients = query.include === 'patients';
    const months = periodMonths(period);

    const setwiseIds = ids.filter(isSetwiseMeasure);
    const outreachIds = ids.filter(isOutreachMeasure);
    const domainIds = ids.filter((id): id is PatientMeasureId => !isSetwiseMeasure(id) && !isOutreachMeasure(id));
    // One snapshot for every read (the replica's when it can). JIT is off: compiling these
    // statements costs seconds, more than it saves on queries that finish in well under one.
    const read = async (manager: EntityManager) => {
      await manager.query('SET LOCAL jit = off');
      return {
        setwise:
          setwiseIds.length > 0
            ? await querySetwiseMeasures(manager, this.settings, {
                teamIds,
                ...period,
                measureIds: setwiseIds,
                withPatients,
              })
            : null,
        fromDomain: domainIds.length > 0 ? await this.domainCounts(manager, domainIds, teamIds, period, months) : null,
        outreach:
          outreachIds.length > 0 ? await this.outreachCounts(manager, outreachIds, teamIds, period, months) : null,
      };
    };
    const { setwise, fromDomain, outreach } = await this.reader.read(principal.clinicianId, read, 'REPEATABLE READ');

    return {
      ...period,
      careTeamId: query.careTeamId ?? null,
      measures: ids.map((id): MeasureResultDto => {
        const counts =
          (isOutreachMeasure(id) ? outreach?.get(id) : fromDomain?.get(id)) ??
          (setwise ? setwiseCounts(id, setwise, months) : undefined);
        if (!counts) throw new Error(`measure ${id} was not computed`);
        const definition = MEASURE_DEFINITIONS[id];
        return {
          id,
          title: definition.title,
          description: definition.description,
          source: definition.source,
          lowerIsBetter: definition.lowerIsBetter,
          kind: definition.kind,
          unit: definition.unit,
          numerator: counts.numerator,
          denominator: counts.denominator,
          rate: rateOf(counts.numerator, counts.denominator),
          trendKind: MEASURE_TREND_KIND[id],
          trend: counts.trend,
          ...(counts.distribution ? { distribution: counts.distribution } : {}),
          ...(withPatients ? { patients: [...counts.patients].sort(byNumeratorThenName) } : {}),
        };
      }),
    };
  }

  private checkPeriod(query: MeasuresQueryDto): MeasurePeriod {
    const asOf = this.clock.today();
    if (query.to > asOf) throw fieldError('to', 'to must not be after today');
    if (query.from > query.to) throw fieldError('from', 'from must not be after to');
    if (daysBetween(query.from, query.to) >= MAX_MEASURE_PERIOD_DAYS) {
      throw fieldError('from', 'the period may span at most three years');
    }
    return { from: query.from, to: query.to, asOf };
  }

  private async outreachCounts(
    manager: EntityManager,
    ids: readonly OutreachMeasureId[],
    teamIds: readonly string[],
    period: MeasurePeriod,
    months: readonly MeasureMonth[],
  ): Promise<Map<OutreachMeasureId, MeasureCounts>> {
    const records = await loadOutreachMeasureRecords(manager, { teamIds, ...period });
    return outreachMeasureCounts(ids, records, period, months);
  }

  private async domainCounts(
    manager: EntityManager,
    ids: readonly PatientMeasureId[],
    teamIds: readonly string[],
    period: MeasurePeriod,
    months: readonly MeasureMonth[],
  ): Promise<Map<PatientMeasureId, MeasureCounts>> {
    const treatedIds = ids.filter((id) => id !== MBC);
    const treated =
      treatedIds.length > 0
        ? await loadMeasureRecords(manager, {
            teamIds,
            ...period,
            patients: 'treated',
            withSessions: false,
            withRelapseRecords: ids.includes('early_relapse'),
          })
        : [];
    // Measurement-based care follows enrolment, not naltrexone: its own patients, with their instruments.
    const measured = ids.includes(MBC)
      ? await loadMeasureRecords(manager, {
          teamIds,
          ...period,
          patients: 'day_90_in_period',
          withSessions: false,
          withRelapseRecords: false,
          withInstruments: true,
        })
      : [];
    const result = new Map<PatientMeasureId, MeasureCounts>();
    for (const id of ids) {
      const records = id === MBC ? measured : treated;
      const outcomes = records.map((record) => ({
        record,
        outcome: evaluateMeasure(id, record, period, this.settings),
      }));
      const patients: MeasurePatientDto[] = outcomes.flatMap(({ record, outcome }) =>
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
              },
            ]
          : [],
      );
      const total = tally(outcomes.map((o) => o.outcome));
      const trend =
        MEASURE_TREND_KIND[id] === 'cohort_month'
          ? cohortTrend(
              outcomes.map((o) => o.outcome),
              months,
            )
          : pdcTrend(outcomes, period, months, this.settings);
      result.set(id, { numerator: total.numerator, denominator: total.denominator, trend, patients });
    }
    return result;
  }
}

function setwiseCounts(id: MeasureId, result: SetwiseResult, months: readonly MeasureMonth[]): MeasureCounts {
  const rows = result.counts.filter((c) => c.measureId === id);
  const total = rows.find((c) => c.month === null);
  const byMonth = new Map(rows.filter((c) => c.month !== null).map((c) => [c.month, c]));
  return {
    numerator: total?.numerator ?? 0,
    denominator: total?.denominator ?? 0,
    trend: months.map((month) => {
      const count = byMonth.get(month);
      const numerator = count?.numerator ?? 0;
      const denominator = count?.denominator ?? 0;
      return { month, numerator, denominator, rate: rateOf(numerator, denominator) };
    }),
    patients: result.outcomes
      .filter((o) => o.measureId === id)
      .map((o) => ({
        patientId: o.patientId,
        name: o.name,
        mrn: o.mrn,
        inNumerator: o.inNumerator,
        value: o.value,
        valueLabel: describeMeasureValue(id, o.value),
        indexOn: o.indexOn,
      })),
  };
}

/**
 * PDC, the one period-to-date measure: each month's point is the measure from the period's start
 * to that month's end. A patient the whole period leaves out is left out of every shorter one
 * (fewer fills, same age), so only the patients counted over the whole period are evaluated again.
 */
function pdcTrend(
  outcomes: readonly { record: MeasureRecord; outcome: MeasureOutcome }[],
  period: MeasurePeriod,
  months: readonly MeasureMonth[],
  settings: ClinicalSettings,
): MeasureTrendPoint[] {
  const ends = months.map((month) => monthEndWithin(month, period.to));
  const byEnd = ends.map((): MeasureOutcome[] => []);
  for (const { record, outcome } of outcomes) {
    if (!outcome.inDenominator) continue;
    for (const [i, atEnd] of pdcMeasureAtEnds(record, period, ends, settings).entries()) byEnd[i]?.push(atEnd);
  }
  return months.map((month, i) => ({ month, ...tally(byEnd[i] ?? []) }));
}
