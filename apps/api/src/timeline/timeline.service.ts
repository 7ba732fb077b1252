import type { TimelineType } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { Patient } from '../patients/patient.entity.js';
import type { TimelineItemDto, TimelinePageDto, TimelineQueryDto } from './dto/timeline.dto.js';

const DEFAULT_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day-only record sits at noon of its clinic day, so it sorts among that day's timed events. */
const NOON = (column: string) => `((${column} + time '12:00') AT TIME ZONE $2)`;

/** A clinician column as {id, displayName}; null when the column is. */
const CLINICIAN = (column: string) =>
  `(SELECT json_build_object('id', c.id, 'displayName', c.display_name) FROM clinician c WHERE c.id = ${column})`;

/**
 * Each source of events, as (type, id, at, on, details). Every branch applies the keyset and the
 * limit itself, so a page reads at most `limit + 1` rows per table. `key` is the stored column the
 * branch orders by, which `at` follows: the (patient_id, key, id) index serves it newest first, so
 * a page costs the same with 100 events or 10,000. `day` marks a date key (`at` is its noon).
 */
interface Source {
  type: TimelineType;
  table: string;
  at: string;
  on: string;
  details: string;
  key: string;
  day: boolean;
}

const SOURCES: Source[] = [
  {
    type: 'naltrexone_start',
    table: 'naltrexone_start',
    key: 'started_on',
    day: true,
    at: NOON('started_on'),
    on: 'started_on',
    details: `json_build_object('formulation', formulation, 'doseMg', dose_mg::float,
      'overridden', jsonb_array_length(overridden_failures) > 0, 'isReinduction', is_reinduction)`,
  },
  {
    type: 'medication_event',
    table: 'medication_event',
    key: 'occurred_on',
    day: true,
    at: NOON('occurred_on'),
    on: 'occurred_on',
    details: `json_build_object('kind', kind, 'formulation', formulation, 'daysSupply', days_supply,
      'doseMg', dose_mg::float, 'observed', observed, 'lot', lot, 'site', site, 'note', note)`,
  },
  {
    type: 'therapy_session',
    table: 'therapy_session',
    key: 'scheduled_at',
    day: false,
    at: 'scheduled_at',
    on: 'scheduled_on',
    details: `json_build_object('type', type, 'status', status, 'modality', modality, 'clinicianId', clinician_id,
      'copingSkills', coping_skills)`,
  },
  {
    type: 'observation',
    table: 'observation',
    key: 'observed_on',
    day: true,
    at: NOON('observed_on'),
    on: 'observed_on',
    details: `json_build_object('kind', kind, 'value', value::float, 'items', items, 'results', results,
      'substance', substance, 'score', score, 'cues', cues, 'cueNote', cue_note)`,
  },
  {
    type: 'relapse',
    table: 'relapse_event',
    key: 'onset_on',
    day: true,
    at: NOON('onset_on'),
    on: 'onset_on',
    details: `json_build_object('substance', substance, 'source', source, 'rule', rule, 'early', early,
      'lastUseOn', last_use_on, 'note', note)`,
  },
  {
    type: 'discontinuation_request',
    table: 'discontinuation_request',
    key: 'created_at',
    day: false,
    at: 'created_at',
    on: `(created_at AT TIME ZONE $2)::date`,
    details: `json_build_object('kind', kind, 'reasonCode', reason_code, 'status', status, 'effectiveOn', effective_on,
      'startedOn', started_on, 'completedOn', completed_on, 'proposedBy', proposed_by)`,
  },
  {
    type: 'discontinuation_decision',
    key: 'created_at',
    day: false,
    table: `(SELECT d.*, r.patient_id FROM discontinuation_decision d
               JOIN discontinuation_request r ON r.id = d.request_id) AS discontinuation_decision`,
    at: 'created_at',
    on: `(created_at AT TIME ZONE $2)::date`,
    details: `json_build_object('requestId', request_id, 'decision', decision, 'clinicianId', clinician_id, 'comment', comment)`,
  },
  {
    type: 'outreach_task_opened',
    table: 'outreach_task',
    key: 'opened_at',
    day: false,
    at: 'opened_at',
    on: 'opened_on',
    details: `json_build_object('taskId', id, 'reason', reason, 'assignee', ${CLINICIAN('assignee_id')},
      'dueOn', due_on, 'note', note, 'openedBy', ${CLINICIAN('opened_by')})`,
  },
  {
    type: 'outreach_attempt',
    table: 'outreach_attempt',
    key: 'attempted_at',
    day: false,
    at: 'attempted_at',
    on: 'attempted_on',
    details: `json_build_object('taskId', task_id, 'channel', channel, 'outcome', outcome, 'note', note,
      'nextAttemptOn', next_attempt_on, 'attemptedBy', ${CLINICIAN('attempted_by')})`,
  },
  {
    // The resolution is the task's second event: same id, at the moment it was closed.
    type: 'outreach_task_resolved',
    table: `(SELECT * FROM outreach_task WHERE status = 'done') AS outreach_task_resolved`,
    key: 'resolved_at',
    day: false,
    at: 'resolved_at',
    on: 'resolved_on',
    details: `json_build_object('taskId', id, 'reason', reason, 'resolution', resolution, 'note', resolution_note,
      'resolvedBy', ${CLINICIAN('resolved_by')}, 'clearedBy',
      CASE WHEN cleared_by_id IS NULL THEN NULL
           ELSE json_build_object('kind', cleared_by_kind, 'id', cleared_by_id) END)`,
  },
  {
    type: 'flag_acknowledgement',
    table: 'flag_acknowledgement',
    key: 'acknowledged_at',
    day: false,
    at: 'acknowledged_at',
    on: `(acknowledged_at AT TIME ZONE $2)::date`,
    details: `json_build_object('flag', flag, 'reason', reason, 'untilOn', until_on,
      'acknowledgedBy', ${CLINICIAN('acknowledged_by')})`,
  },
  {
    type: 'case_review_item',
    table: 'case_review_item',
    key: 'discussed_at',
    day: false,
    at: 'discussed_at',
    on: 'review_on',
    details: `json_build_object('careTeamId', care_team_id, 'kind', kind, 'reviewOn', review_on,
      'decisionNote', decision_note, 'discussedBy', ${CLINICIAN('discussed_by')})`,
  },
  {
    type: 'safety_assessment',
    table: 'safety_assessment',
    key: 'assessed_on',
    day: true,
    at: NOON('assessed_on'),
    on: 'assessed_on',
    details: `json_build_object('outcome', outcome, 'plan', plan, 'assessedBy', ${CLINICIAN('assessed_by')})`,
  },
];

interface TimelineRow {
  type: TimelineType;
  id: string;
  at: Date;
  on: string;
  details: Record<string, unknown>;
}

function encodeBefore(row: TimelineRow): string {
  return Buffer.from(JSON.stringify([row.at.toISOString(), row.id])).toString('base64url');
}

function decodeBefore(text: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // Falls through to the same answer as a well-formed but foreign value.
  }
  throw fieldError('before', 'before is not a position this API gave out');
}

@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async page(patientId: string, query: TimelineQueryDto): Promise<TimelinePageDto> {
    const [beforeAt, beforeId] = query.before ? decodeBefore(query.before) : [null, null];
    if (!(await this.dataSource.getRepository(Patient).existsBy({ id: patientId }))) throw notFound('Patient');
    const limit = query.limit ?? DEFAULT_LIMIT;

    const params: unknown[] = [patientId, this.config.clinicTimeZone];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const at = beforeAt === null ? null : bind(beforeAt);
    const id = beforeId === null ? null : bind(beforeId);
    const pageSize = bind(limit + 1);
    const keyset = (source: Source) => {
      if (at === null || id === null) return '';
      const exact = `(${source.at}, id) < (${at}::timestamptz, ${id}::uuid)`;
      // Days up to the cursor's clinic day bound the index scan; the exact test settles that day.
      return source.day
        ? `AND ${source.key} <= (${at}::timestamptz AT TIME ZONE $2)::date AND ${exact}`
        : `AND ${exact}`;
    };
    const branches = SOURCES.map(
      (source) => `(
        SELECT '${source.type}' AS "type", id, ${source.at} AS "at", ${source.on}::text AS "on",
               ${source.details} AS "details"
          FROM ${source.table}
         WHERE patient_id = $1 ${keyset(source)}
         ORDER BY ${source.key} DESC, id DESC
         LIMIT ${pageSize}
      )`,
    );
    const rows: TimelineRow[] = await this.dataSource.query(
      `SELECT * FROM (${branches.join(' UNION ALL ')}) events ORDER BY "at" DESC, id DESC LIMIT ${pageSize}`,
      params,
    );

    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      items: shown.map((row): TimelineItemDto => ({ ...row, at: row.at.toISOString() })),
      nextBefore: rows.length > limit && last ? encodeBefore(last) : null,
    };
  }
}
