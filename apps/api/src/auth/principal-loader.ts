import type { Role } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CoalescedReads } from '../common/database/coalesced-reads.js';
import { jsonIdsValue } from '../common/database/json-ids.js';
import { preparedQuery } from '../common/database/prepared-query.js';
import { TOKEN_PREFIX } from './api-token.service.js';
import type { PatientScope } from './auth.decorators.js';
import type { CareTeamRef, Principal, RequestCount } from './principal.js';
import { patientsOfRecords, type RecordPatient } from './record-patient.js';
import { digest } from './secret-token.js';
import { SESSION_IDLE_MS, SESSION_TOUCH_AFTER_MS } from './session-timing.js';

interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[] | string;
  totp_enabled: boolean;
  care_teams: CareTeamRef[];
  session_token_hash: string | null;
  csrf_token: string | null;
  hits: number | null;
  seconds_left: number | null;
  /** For patient-scoped requests: the records found, with their patients. */
  records?: (RecordPatient & { recordId: string })[];
}

export interface CountedPrincipal {
  principal: Principal;
  /** Null when the request was not counted. */
  count: RequestCount | null;
  /** For a patient-scoped request: the record's patient, or null when there is no such record. */
  record?: RecordPatient | null;
}

/** A patient-scoped request's record, looked up in the principal's statement. */
export interface RecordRef {
  via: PatientScope['via'];
  id: string;
}

/**
 * The principal's columns and teams, from `who` (one row: the clinician's id, and for a session its
 * token's hash and CSRF token).
 */
const PRINCIPAL = `principal AS (
    SELECT c.id, c.email, c.display_name, c.roles::text[] AS roles, c.totp_enabled,
           COALESCE(json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name) ORDER BY t.name)
                      FILTER (WHERE t.id IS NOT NULL), '[]') AS care_teams,
           who.session_token_hash, who.csrf_token
      FROM clinician c JOIN who ON who.id = c.id
      LEFT JOIN care_team_membership m ON m.clinician_id = c.id
      LEFT JOIN care_team t ON t.id = m.care_team_id
     WHERE c.active
     GROUP BY c.id, who.session_token_hash, who.csrf_token
  ), counted AS (
    INSERT INTO request_rate_limit (window_started_at, principal, hits)
    SELECT date_trunc('minute', now()), 'clinician:' || id, $2::integer FROM principal WHERE $2::integer > 0
    ON CONFLICT (window_started_at, principal) DO UPDATE SET hits = request_rate_limit.hits + EXCLUDED.hits
    RETURNING hits, ceil(extract(epoch FROM window_started_at + interval '1 minute' - now()))::integer AS seconds_left
  )`;

const NOT_A_SESSION = 'NULL::text AS session_token_hash, NULL::text AS csrf_token';

const BY_ID_WHO = `WITH who AS (SELECT $1::uuid AS id, ${NOT_A_SESSION})`;

/** A live token's clinician, the token marked used at most once a minute. */
const TOKEN_WHO = `WITH live AS (
    SELECT id, clinician_id, last_used_at FROM api_token
     WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
  ), touched AS (
    UPDATE api_token SET last_used_at = now()
     WHERE id IN (SELECT id FROM live WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
  ), who AS (SELECT clinician_id AS id, ${NOT_A_SESSION} FROM live)`;

/**
 * A session's clinician: a session past its absolute end or idle too long is ended instead, and
 * a live one is marked seen at most once a minute (a write on every read would lock its row).
 */
const SESSION_WHO = `WITH found AS (
    SELECT token_hash, clinician_id, csrf_token, last_seen_at,
           expires_at <= now() OR last_seen_at <= now() - interval '${SESSION_IDLE_MS / 1000} seconds' AS over
      FROM session WHERE token_hash = $1 AND ended_at IS NULL
  ), ended AS (
    UPDATE session SET ended_at = now() WHERE token_hash IN (SELECT token_hash FROM found WHERE over)
  ), touched AS (
    UPDATE session SET last_seen_at = now()
     WHERE token_hash IN (SELECT token_hash FROM found
                           WHERE NOT over AND last_seen_at < now() - interval '${SESSION_TOUCH_AFTER_MS / 1000} seconds')
  ), who AS (
    SELECT clinician_id AS id, token_hash AS session_token_hash, csrf_token FROM found WHERE NOT over
  )`;

/**
 * The principal and its count (`$2` requests, 0 for none); for patient-scoped requests also their
 * records' patients (`$3`, a JSON array of record ids), a lookup that took a round trip of its own
 * before every such request.
 */
function withPrincipal(who: string, record: PatientScope['via'] | null): string {
  const select = `${who}, ${PRINCIPAL} SELECT principal.*, counted.hits, counted.seconds_left`;
  const rows = 'FROM principal LEFT JOIN counted ON true';
  if (!record) return `${select} ${rows}`;
  return `${select},
    (SELECT COALESCE(json_agg(json_build_object('recordId', r.record_id, 'patientId', r.patient_id,
                                                'careTeamId', r.care_team_id)), '[]')
       FROM (${patientsOfRecords(record, 3)}) r) AS records
    ${rows}`;
}

type Statements = Record<PatientScope['via'] | 'none', string>;

/** Each caller's statement with no record and with each kind of record: texts that never vary. */
function statementsOf(who: string): Statements {
  return {
    none: withPrincipal(who, null),
    patient: withPrincipal(who, 'patient'),
    therapy_session: withPrincipal(who, 'therapy_session'),
    discontinuation_request: withPrincipal(who, 'discontinuation_request'),
  };
}

const BY_ID = withPrincipal(BY_ID_WHO, null);
const BY_TOKEN = statementsOf(TOKEN_WHO);
const BY_SESSION = statementsOf(SESSION_WHO);

/**
 * Builds the Principal of an active clinician (roles and teams) on every request, so a role
 * change, a disabled user or a second factor set up applies at once to every session and token.
 * One statement per request, prepared once per connection (planning it cost more than running
 * it): with a Bearer token it also resolves the token (and marks it used, at most once a minute: a
 * write on every call would lock the token's row and serialize a client's concurrent requests),
 * and it counts the request against the principal's per-minute limit, which a statement of its
 * own per request used to do. For a session it resolves the cookie the same way, and for a
 * patient-scoped request it finds the record's patient and care team for the access check. An
 * admin without a second factor is held to setting one up whichever way they call.
 *
 * Requests with the same credential (and kind of record) that come together, or while its statement
 * is in flight, share one statement that counts them all and finds all their records: each
 * still reads its principal after it came, and a page's burst of parallel fetches, or an
 * integration's burst for many patients, no longer queues on its rate-limit row.
 */
@Injectable()
export class PrincipalLoader {
  private readonly reads = new CoalescedReads<string | null, PrincipalRow | undefined>();

  constructor(private readonly dataSource: DataSource) {}

  /** The principal of an active clinician, or null; the request is not counted. */
  async load(clinicianId: string, via: Principal['via']): Promise<Principal | null> {
    const rows = await preparedQuery<PrincipalRow>(this.dataSource.manager, BY_ID, [clinicianId, 0]);
    return this.toPrincipal(rows[0], via, 0)?.principal ?? null;
  }

  /**
   * The principal of a live session cookie (null for an unknown, ended, idle or expired one),
   * counted, with the session's CSRF token: one statement, where the session took two of its own.
   * With a record, the same statement also finds the record's patient.
   */
  loadBySession(cookie: string, record: RecordRef | null = null): Promise<CountedPrincipal | null> {
    return this.counted(BY_SESSION, digest(cookie), 'session', record);
  }

  /** The principal of a live API token (null for an unknown, revoked or expired one), counted. */
  async loadByToken(token: string, record: RecordRef | null = null): Promise<CountedPrincipal | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    return this.counted(BY_TOKEN, digest(token), 'token', record);
  }

  private async counted(
    statements: Statements,
    secretHash: string,
    via: Principal['via'],
    record: RecordRef | null,
  ): Promise<CountedPrincipal | null> {
    const sql = record ? statements[record.via] : statements.none;
    const key = record ? `${via} ${secretHash} ${record.via}` : `${via} ${secretHash}`;
    const {
      result: row,
      callers,
      place,
    } = await this.reads.read(key, record?.id ?? null, async (recordIds) => {
      const values = record
        ? [secretHash, recordIds.length, jsonIdsValue(recordIds.filter((id): id is string => id !== null))]
        : [secretHash, recordIds.length];
      const [found] = await preparedQuery<PrincipalRow>(this.dataSource.manager, sql, values);
      return found;
    });
    // The read counted every caller it served; the later ones in the order they came.
    const found = this.toPrincipal(row, via, callers - 1 - place);
    if (!row || !found || !record) return found;
    const own = row.records?.find((r) => r.recordId === record.id);
    return { ...found, record: own ? { patientId: own.patientId, careTeamId: own.careTeamId } : null };
  }

  /** `countedAfter`: how many requests the same read counted after this one. */
  private toPrincipal(
    row: PrincipalRow | undefined,
    via: Principal['via'],
    countedAfter: number,
  ): CountedPrincipal | null {
    if (!row) return null;
    const roles = row.roles as Role[];
    const principal: Principal = {
      clinicianId: row.id,
      email: row.email,
      displayName: row.display_name,
      roles,
      teamIds: row.care_teams.map((team) => team.id),
      careTeams: row.care_teams,
      totpEnabled: row.totp_enabled,
      via,
      ...(row.session_token_hash && row.csrf_token
        ? { session: { tokenHash: row.session_token_hash, csrfToken: row.csrf_token } }
        : {}),
      totpSetupRequired: roles.includes('admin') && !row.totp_enabled,
    };
    const count = row.hits === null ? null : { hits: row.hits - countedAfter, secondsLeft: row.seconds_left ?? 60 };
    return { principal, count };
  }
}
