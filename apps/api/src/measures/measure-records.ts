import type { ClinicalDate, MeasurePatient } from '@naltrack/domain';
import type { EntityManager } from 'typeorm';

/** A patient's record for the measures, with what the drill-down shows of them. */
export interface MeasureRecord extends MeasurePatient {
  patientId: string;
  /** "Family, Given". */
  name: string;
  mrn: string;
}

export interface MeasureRecordsQuery {
  teamIds: readonly string[];
  from: ClinicalDate;
  to: ClinicalDate;
  asOf: ClinicalDate;
  /**
   * 'treated': patients with naltrexone given or started in the period (everyone PDC, continuity,
   * retention and early relapse can count). 'all': every patient of the teams. 'day_90_in_period':
   * patients whose day 90 after enrolment is in the period (measurement-based care).
   */
  patients: 'treated' | 'all' | 'day_90_in_period';
  /** Therapy sessions are only needed by the IET measures. */
  withSessions: boolean;
  /** Screens, reported use, drinks and stored relapses are only needed by early relapse. */
  withRelapseRecords: boolean;
  /** Days of PHQ-9s and BAMs are only needed by measurement-based care. */
  withInstruments?: boolean;
}

/**
 * Loads the records the per-patient measure definitions read, for many patients in one statement
 * (json_agg per patient, no query per patient). Records are cut to [from, asOf]: every measure
 * looks only at records on or after its index day, and index days are never before `from`; the
 * instruments, which count from enrolment, are cut to the enrolment day through day 90.
 */
export async function loadMeasureRecords(
  db: Pick<EntityManager, 'query'>,
  query: MeasureRecordsQuery,
): Promise<MeasureRecord[]> {
  const params: unknown[] = [];
  const bind = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
  const teams = bind(query.teamIds, 'uuid[]');
  const from = bind(query.from, 'date');
  const asOf = bind(query.asOf, 'date');
  let patientFilter = 'TRUE';
  if (query.patients === 'treated') {
    const to = bind(query.to, 'date');
    patientFilter = `(EXISTS (SELECT 1 FROM medication_event m
                               WHERE m.patient_id = p.id AND m.occurred_on BETWEEN ${from} AND ${to})
                      OR EXISTS (SELECT 1 FROM naltrexone_start s
                                  WHERE s.patient_id = p.id AND s.started_on BETWEEN ${from} AND ${to}))`;
  }
  if (query.patients === 'day_90_in_period') {
    // The enrolment day is day 1, so day 90 is 89 days after it.
    patientFilter = `p.enrolled_on + 89 BETWEEN ${from} AND ${bind(query.to, 'date')}`;
  }
  const instrumentDays = query.withInstruments
    ? `COALESCE((SELECT json_agg(o.observed_on) FROM observation o
                 WHERE o.patient_id = p.id AND o.kind IN ('phq9', 'bam')
                   AND o.observed_on BETWEEN p.enrolled_on AND LEAST(p.enrolled_on + 89, ${asOf})), '[]')`
    : `'[]'::json`;
  const sessions = query.withSessions
    ? `COALESCE((SELECT json_agg(json_build_object('scheduledOn', t.scheduled_on, 'status', t.status, 'type', t.type))
                  FROM therapy_session t
                 WHERE t.patient_id = p.id AND t.scheduled_on BETWEEN ${from} AND ${asOf}), '[]')`
    : `'[]'::json`;
  const observations = query.withRelapseRecords
    ? `COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('observedOn', o.observed_on, 'kind', o.kind,
                          'results', o.results, 'substance', o.substance, 'value', o.value)))
                  FROM observation o
                 WHERE o.patient_id = p.id AND o.observed_on BETWEEN ${from} AND ${asOf}
                   AND o.kind IN ('uds', 'self_reported_use', 'drinks')), '[]')`
    : `'[]'::json`;
  const recordedRelapses = query.withRelapseRecords
    ? `COALESCE((SELECT json_agg(json_build_object('onsetOn', r.onset_on))
                  FROM relapse_event r
                 WHERE r.patient_id = p.id AND r.onset_on BETWEEN ${from} AND ${asOf}), '[]')`
    : `'[]'::json`;
  const rows: { record: MeasureRecord }[] = await db.query(
    `SELECT json_build_object(
              'patientId', p.id,
              'name', p.family_name || ', ' || p.given_name,
              'mrn', p.mrn,
              'birthDate', p.birth_date,
              'sex', p.sex,
              'diagnoses', p.diagnoses,
              'enrolledOn', p.enrolled_on,
              'startDates', COALESCE((SELECT json_agg(s.started_on) FROM naltrexone_start s WHERE s.patient_id = p.id), '[]'),
              'medicationEvents', COALESCE((
                  SELECT json_agg(json_strip_nulls(json_build_object('kind', m.kind, 'formulation', m.formulation,
                                                    'occurredOn', m.occurred_on, 'daysSupply', m.days_supply)))
                    FROM medication_event m
                   WHERE m.patient_id = p.id AND m.occurred_on BETWEEN ${from} AND ${asOf}), '[]'),
              'sessions', ${sessions},
              'observations', ${observations},
              'recordedRelapses', ${recordedRelapses},
              'instrumentDays', ${instrumentDays},
              'plannedEnds', COALESCE((SELECT json_agg(d.completed_on) FROM discontinuation_request d
                                        WHERE d.patient_id = p.id AND d.kind = 'switch' AND d.status = 'completed'
                                          AND d.completed_on <= ${asOf}), '[]')
            ) AS record
       FROM patient p
      WHERE p.care_team_id = ANY(${teams})
        AND ${patientFilter}`,
    params,
  );
  return rows.map((row) => row.record);
}
