import {
  type ClinicalDate,
  type ClinicalSettings,
  MEASURE_CONSTANTS,
  type MeasureId,
  type MeasureMonth,
  RETENTION_DAYS,
} from '@naltrack/domain';
import type { EntityManager } from 'typeorm';

/** The measures PostgreSQL computes set-wise; the others are evaluated by the domain on loaded records. */
export const SETWISE_MEASURE_IDS = ['retention_90', 'retention_180', 'iet_initiation', 'iet_engagement'] as const;
export type SetwiseMeasureId = (typeof SETWISE_MEASURE_IDS)[number];

export function isSetwiseMeasure(id: MeasureId): id is SetwiseMeasureId {
  return (SETWISE_MEASURE_IDS as readonly string[]).includes(id);
}

export interface SetwiseQuery {
  teamIds: readonly string[];
  from: ClinicalDate;
  to: ClinicalDate;
  asOf: ClinicalDate;
  measureIds: readonly SetwiseMeasureId[];
  withPatients: boolean;
}

export interface SetwiseCount {
  measureId: SetwiseMeasureId;
  /** null on the measure's total row. */
  month: MeasureMonth | null;
  numerator: number;
  denominator: number;
}

export interface SetwiseOutcome {
  measureId: SetwiseMeasureId;
  patientId: string;
  name: string;
  mrn: string;
  inNumerator: boolean;
  value: number | null;
  indexOn: ClinicalDate;
}

export interface SetwiseResult {
  counts: SetwiseCount[];
  /** Only with withPatients: every patient in a denominator. */
  outcomes: SetwiseOutcome[];
}

// What supplyOf gives: an XR injection its coverage days, a dispense its days' supply (capped),
// an oral dose taken or administered its own day. Missed, refused and XR kits give nothing.
const GIVES_NALTREXONE = `((m.formulation = 'xr_injection' AND m.kind = 'administered')
   OR (m.formulation = 'oral' AND (m.kind IN ('taken', 'administered') OR (m.kind = 'dispensed' AND m.days_supply >= 1))))`;

/**
 * Retention at 90 and 180 days and IET initiation and engagement for the given teams, in one
 * statement: per-patient outcomes in CTEs mirroring the definitions in libs/domain/src/measures
 * (retention-measure.ts, iet-measures.ts), then totals and months with COUNT(*) FILTER.
 * measures.agreement.int-spec.ts holds every patient's outcome to the domain's.
 */
export async function querySetwiseMeasures(
  db: Pick<EntityManager, 'query'>,
  settings: ClinicalSettings,
  query: SetwiseQuery,
): Promise<SetwiseResult> {
  const params: unknown[] = [];
  const bind = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
  const from = bind(query.from, 'date');
  const to = bind(query.to, 'date');
  const asOf = bind(query.asOf, 'date');
  const teams = bind(query.teamIds, 'uuid[]');
  const retentionRows = RETENTION_DAYS.map(
    (days) => `SELECT 'retention_${days}' AS measure_id, r.patient_id, r.index_on,
                      COALESCE(r.supplied_through >= r.index_on + ${bind(days - 1, 'int')}, FALSE) AS in_numerator,
                      r.supplied_through - r.index_on + 1 AS value
                 FROM retention r
                WHERE r.index_on + ${bind(days - 1, 'int')} <= ${asOf}
                  -- A switch completed in the course before day N is a planned end (retention-measure.ts).
                  AND NOT EXISTS (SELECT 1 FROM discontinuation_request d
                                   WHERE d.patient_id = r.patient_id AND d.kind = 'switch' AND d.status = 'completed'
                                     AND d.completed_on >= r.index_on AND d.completed_on <= ${asOf}
                                     AND (r.next_start_on IS NULL OR d.completed_on < r.next_start_on)
                                     AND d.completed_on < r.index_on + ${bind(days - 1, 'int')})`,
  );
  const initiationLastDay = bind(MEASURE_CONSTANTS.ietInitiationDays - 1, 'int');
  const engagementDays = bind(MEASURE_CONSTANTS.ietEngagementDays, 'int');
  const engagementLastDay = bind(MEASURE_CONSTANTS.ietEngagementFollowUpDays - 1, 'int');

  const sql = `
    WITH scoped AS (
      SELECT p.id, p.given_name, p.family_name, p.mrn, p.birth_date, p.enrolled_on
        FROM patient p
       WHERE p.care_team_id = ANY(${teams})
    ),
    -- The first start in the period, and the next start, which ends its course. Materialized so
    -- the next start is looked up once per patient, not once per joined event.
    episode AS MATERIALIZED (
      SELECT i.patient_id, i.started_on,
             (SELECT MIN(n.started_on) FROM naltrexone_start n
               WHERE n.patient_id = i.patient_id AND n.started_on > i.started_on) AS next_start_on
        FROM (SELECT s.patient_id, MIN(s.started_on) AS started_on
                FROM naltrexone_start s JOIN scoped p ON p.id = s.patient_id
               WHERE s.started_on BETWEEN ${from} AND ${to}
               GROUP BY s.patient_id) i
    ),
    -- What supplyOf gives each event: fills (injections, dispenses) shift forward on overlap, a
    -- dose covers its own day; an injection is the long-acting medication IET counts by itself.
    supply AS (
      SELECT m.patient_id, m.id, m.occurred_on,
             CASE WHEN m.formulation = 'xr_injection' THEN ${bind(settings.xrInjectionCoverageDays, 'int')}
                  WHEN m.kind = 'dispensed' THEN LEAST(m.days_supply, ${bind(settings.maxDaysSupply, 'int')})
                  ELSE 1 END AS days,
             (m.formulation = 'xr_injection' OR m.kind = 'dispensed') AS shifts,
             m.formulation = 'xr_injection' AS long_acting
        FROM medication_event m JOIN scoped p ON p.id = m.patient_id
       WHERE m.occurred_on BETWEEN ${from} AND ${asOf} AND ${GIVES_NALTREXONE}
    ),
    -- PQA forward shifting without a loop (coverage.ts buildCoverage): with the episode's fills in
    -- order of day, then days, and S the running sum of days' supply, fill i ends (exclusive) at
    -- S_i + max over j <= i of (day_j - S_(j-1)). Only the last fill's end matters here, so each
    -- fill carries day_j - S_(j-1); doses get running sums of their own, which go unused.
    episode_supply AS (
      SELECT e.patient_id, s.shifts, s.occurred_on, s.days,
             s.occurred_on - (SUM(s.days) OVER (PARTITION BY e.patient_id, s.shifts
                                               ORDER BY s.occurred_on, s.days, s.id
                                               ROWS UNBOUNDED PRECEDING) - s.days)::int AS day_less_prior_supply
        FROM episode e JOIN supply s ON s.patient_id = e.patient_id AND s.occurred_on >= e.started_on
                                    AND (e.next_start_on IS NULL OR s.occurred_on < e.next_start_on)
    ),
    -- The episode's last covered day: the last fill's shifted end or the last dose, whichever is
    -- later. Every fill's day is covered and its coverage runs on unbroken to its end, so cutting
    -- at the day before the next start is LEAST.
    last_covered AS (
      SELECT e.patient_id, e.started_on, e.next_start_on,
             GREATEST(MAX(x.day_less_prior_supply) FILTER (WHERE x.shifts)
                        + (SUM(x.days) FILTER (WHERE x.shifts))::int - 1,
                      MAX(x.occurred_on) FILTER (WHERE NOT x.shifts)) AS covered_through
        FROM episode e LEFT JOIN episode_supply x ON x.patient_id = e.patient_id
       GROUP BY e.patient_id, e.started_on, e.next_start_on
    ),
    retention AS (
      SELECT c.patient_id, c.started_on AS index_on, c.next_start_on,
             CASE WHEN c.covered_through IS NOT NULL THEN LEAST(c.covered_through, c.next_start_on - 1) END
               AS supplied_through
        FROM last_covered c
    ),
    -- IET: the intake is the episode date; 13 or older on it.
    intake AS (
      SELECT p.id AS patient_id, p.enrolled_on AS index_on
        FROM scoped p
       WHERE p.enrolled_on BETWEEN ${from} AND ${to}
         AND p.birth_date <= (p.enrolled_on - make_interval(years => ${bind(MEASURE_CONSTANTS.ietMinAge, 'int')}))::date
    ),
    -- Services up to day 48: the engagement window of an initiation on day 14 ends there.
    service AS (
      SELECT i.patient_id, t.scheduled_on AS day, FALSE AS long_acting
        FROM intake i JOIN therapy_session t ON t.patient_id = i.patient_id
       WHERE t.status IN ('attended', 'late') AND t.type <> 'intake'
         AND t.scheduled_on BETWEEN i.index_on AND i.index_on + ${engagementLastDay}
         -- A clinic day lies within a day of its UTC date whatever the zone: this bracket lets the
         -- (patient_id, scheduled_at) index read only the window's sessions.
         AND t.scheduled_at >= (i.index_on - 1)::timestamp AT TIME ZONE 'UTC'
         AND t.scheduled_at < (i.index_on + ${engagementLastDay} + 2)::timestamp AT TIME ZONE 'UTC'
      UNION ALL
      SELECT i.patient_id, s.occurred_on, s.long_acting
        FROM intake i JOIN supply s ON s.patient_id = i.patient_id
       WHERE s.occurred_on BETWEEN i.index_on AND i.index_on + ${engagementLastDay}
    ),
    initiation AS (
      SELECT i.patient_id, i.index_on,
             MIN(v.day) FILTER (WHERE v.day <= i.index_on + ${initiationLastDay}) AS initiated_on
        FROM intake i LEFT JOIN service v ON v.patient_id = i.patient_id
       GROUP BY i.patient_id, i.index_on
    ),
    -- Engagement: the day after the initiation day through 34 days after it.
    engagement AS (
      SELECT n.patient_id, n.index_on, n.initiated_on,
             COUNT(v.day) FILTER (WHERE v.day > n.initiated_on AND v.day <= n.initiated_on + ${engagementDays}) AS further,
             COALESCE(BOOL_OR(v.long_acting) FILTER (WHERE v.day > n.initiated_on
                                                       AND v.day <= n.initiated_on + ${engagementDays}), FALSE) AS injected
        FROM initiation n LEFT JOIN service v ON v.patient_id = n.patient_id
       GROUP BY n.patient_id, n.index_on, n.initiated_on
    ),
    outcome AS (
      ${retentionRows.join('\n      UNION ALL\n      ')}
      UNION ALL
      SELECT 'iet_initiation', n.patient_id, n.index_on, n.initiated_on IS NOT NULL, n.initiated_on - n.index_on + 1
        FROM initiation n
       WHERE n.index_on + ${initiationLastDay} <= ${asOf}
      UNION ALL
      SELECT 'iet_engagement', g.patient_id, g.index_on,
             g.initiated_on IS NOT NULL
               AND (g.injected OR g.further >= ${bind(MEASURE_CONSTANTS.ietEngagementServices, 'int')}),
             CASE WHEN g.initiated_on IS NULL THEN NULL ELSE g.further END
        FROM engagement g
       WHERE g.index_on + ${engagementLastDay} <= ${asOf}
    ),
    wanted AS (
      SELECT * FROM outcome WHERE measure_id = ANY(${bind(query.measureIds, 'text[]')})
    )
    SELECT
      (SELECT COALESCE(json_agg(c), '[]')
         FROM (SELECT measure_id AS "measureId", to_char(index_on, 'YYYY-MM') AS month,
                      COUNT(*) FILTER (WHERE in_numerator) AS numerator, COUNT(*) AS denominator
                 FROM wanted
                GROUP BY GROUPING SETS ((measure_id), (measure_id, to_char(index_on, 'YYYY-MM')))) c) AS counts,
      CASE WHEN ${bind(query.withPatients, 'boolean')} THEN
        (SELECT COALESCE(json_agg(json_build_object(
                  'measureId', w.measure_id, 'patientId', w.patient_id,
                  'name', p.family_name || ', ' || p.given_name, 'mrn', p.mrn,
                  'inNumerator', w.in_numerator, 'value', w.value, 'indexOn', w.index_on)), '[]')
           FROM wanted w JOIN scoped p ON p.id = w.patient_id)
      ELSE '[]'::json END AS outcomes`;

  const [row]: SetwiseResult[] = await db.query(sql, params);
  return { counts: row?.counts ?? [], outcomes: row?.outcomes ?? [] };
}
