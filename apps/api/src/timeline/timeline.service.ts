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

/**
 * Each source of events, as (type, id, at, on, details). Every branch applies the keyset and the
 * limit itself, so a page reads at most `limit + 1` rows per table.
 */
const SOURCES: { type: TimelineType; table: string; at: string; on: string; details: string }[] = [
  {
    type: 'naltrexone_start',
    table: 'naltrexone_start',
    at: NOON('started_on'),
    on: 'started_on',
    details: `json_build_object('formulation', formulation, 'doseMg', dose_mg::float,
      'overridden', jsonb_array_length(overridden_failures) > 0, 'isReinduction', is_reinduction)`,
  },
  {
    type: 'medication_event',
    table: 'medication_event',
    at: NOON('occurred_on'),
    on: 'occurred_on',
    details: `json_build_object('kind', kind, 'formulation', formulation, 'daysSupply', days_supply,
      'doseMg', dose_mg::float, 'observed', observed, 'lot', lot, 'site', site, 'note', note)`,
  },
  {
    type: 'therapy_session',
    table: 'therapy_session',
    at: 'scheduled_at',
    on: 'scheduled_on',
    details: `json_build_object('type', type, 'status', status, 'modality', modality, 'clinicianId', clinician_id)`,
  },
  {
    type: 'observation',
    table: 'observation',
    at: NOON('observed_on'),
    on: 'observed_on',
    details: `json_build_object('kind', kind, 'value', value::float, 'items', items, 'results', results,
      'substance', substance)`,
  },
  {
    type: 'relapse',
    table: 'relapse_event',
    at: NOON('onset_on'),
    on: 'onset_on',
    details: `json_build_object('substance', substance, 'source', source, 'rule', rule, 'early', early, 'note', note)`,
  },
  {
    type: 'discontinuation_request',
    table: 'discontinuation_request',
    at: 'created_at',
    on: `(created_at AT TIME ZONE $2)::date`,
    details: `json_build_object('kind', kind, 'reasonCode', reason_code, 'status', status, 'effectiveOn', effective_on,
      'startedOn', started_on, 'completedOn', completed_on, 'proposedBy', proposed_by)`,
  },
  {
    type: 'discontinuation_decision',
    table: `(SELECT d.*, r.patient_id FROM discontinuation_decision d
               JOIN discontinuation_request r ON r.id = d.request_id) AS discontinuation_decision`,
    at: 'created_at',
    on: `(created_at AT TIME ZONE $2)::date`,
    details: `json_build_object('requestId', request_id, 'decision', decision, 'clinicianId', clinician_id, 'comment', comment)`,
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

    const branches = SOURCES.map(
      (source) => `(
        SELECT '${source.type}' AS "type", id, ${source.at} AS "at", ${source.on}::text AS "on",
               ${source.details} AS "details"
          FROM ${source.table}
         WHERE patient_id = $1
           AND ($3::timestamptz IS NULL OR (${source.at}, id) < ($3::timestamptz, $4::uuid))
         ORDER BY ${source.at} DESC, id DESC
         LIMIT $5
      )`,
    );
    const rows: TimelineRow[] = await this.dataSource.query(
      `SELECT * FROM (${branches.join(' UNION ALL ')}) events ORDER BY "at" DESC, id DESC LIMIT $5`,
      [patientId, this.config.clinicTimeZone, beforeAt, beforeId, limit + 1],
    );

    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      items: shown.map((row): TimelineItemDto => ({ ...row, at: row.at.toISOString() })),
      nextBefore: rows.length > limit && last ? encodeBefore(last) : null,
    };
  }
}
