import type { Role } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query.js';
import { TOKEN_PREFIX } from './api-token.service.js';
import type { CareTeamRef, Principal, RequestCount } from './principal.js';
import { digest } from './secret-token.js';

interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[] | string;
  totp_enabled: boolean;
  care_teams: CareTeamRef[];
  hits: number | null;
  seconds_left: number | null;
}

export interface CountedPrincipal {
  principal: Principal;
  /** Null when the request was not counted. */
  count: RequestCount | null;
}

/** The principal's columns and teams, from `who` (one row: the clinician's id). */
const PRINCIPAL = `
  principal AS (
    SELECT c.id, c.email, c.display_name, c.roles::text[] AS roles, c.totp_enabled,
           COALESCE(json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name) ORDER BY t.name)
                      FILTER (WHERE t.id IS NOT NULL), '[]') AS care_teams
      FROM clinician c JOIN who ON who.id = c.id
      LEFT JOIN care_team_membership m ON m.clinician_id = c.id
      LEFT JOIN care_team t ON t.id = m.care_team_id
     WHERE c.active
     GROUP BY c.id
  ), counted AS (
    INSERT INTO request_rate_limit (window_started_at, principal, hits)
    SELECT date_trunc('minute', now()), 'clinician:' || id, 1 FROM principal WHERE $2
    ON CONFLICT (window_started_at, principal) DO UPDATE SET hits = request_rate_limit.hits + 1
    RETURNING hits, ceil(extract(epoch FROM window_started_at + interval '1 minute' - now()))::integer AS seconds_left
  )
  SELECT principal.*, counted.hits, counted.seconds_left FROM principal LEFT JOIN counted ON true`;

const BY_ID = `WITH who AS (SELECT $1::uuid AS id), ${PRINCIPAL}`;

/** A live token's clinician, the token marked used at most once a minute. */
const BY_TOKEN = `WITH live AS (
    SELECT id, clinician_id, last_used_at FROM api_token
     WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
  ), touched AS (
    UPDATE api_token SET last_used_at = now()
     WHERE id IN (SELECT id FROM live WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
  ), who AS (SELECT clinician_id AS id FROM live), ${PRINCIPAL}`;

/**
 * Builds the Principal of an active clinician (roles and teams) on every request, so a role
 * change, a disabled user or a second factor set up applies at once to every session and token.
 * One statement per request, prepared once per connection (planning it cost more than running
 * it): with a Bearer token it also resolves the token (and marks it used, at most once a minute: a
 * write on every call would lock the token's row and serialize a client's concurrent requests),
 * and it counts the request against the principal's per-minute limit, which a statement of its
 * own per request used to do. An admin without a second factor is held to setting one up
 * whichever way they call.
 */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly dataSource: DataSource) {}

  /** The principal of an active clinician, or null. */
  async load(
    clinicianId: string,
    via: Principal['via'],
    extra: Pick<Principal, 'sessionTokenHash'> = {},
  ): Promise<Principal | null> {
    return (await this.query(clinicianId, false, via, extra))?.principal ?? null;
  }

  /** The same, with this request counted against the principal's per-minute limit. */
  loadCounted(
    clinicianId: string,
    via: Principal['via'],
    extra: Pick<Principal, 'sessionTokenHash'> = {},
  ): Promise<CountedPrincipal | null> {
    return this.query(clinicianId, true, via, extra);
  }

  private async query(
    clinicianId: string,
    count: boolean,
    via: Principal['via'],
    extra: Pick<Principal, 'sessionTokenHash'>,
  ): Promise<CountedPrincipal | null> {
    const rows = await preparedQuery<PrincipalRow>(this.dataSource.manager, BY_ID, [clinicianId, count]);
    return this.toPrincipal(rows[0], via, extra);
  }

  /** The principal of a live API token (null for an unknown, revoked or expired one), counted. */
  async loadByToken(token: string): Promise<CountedPrincipal | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const rows = await preparedQuery<PrincipalRow>(this.dataSource.manager, BY_TOKEN, [digest(token), true]);
    return this.toPrincipal(rows[0], 'token');
  }

  private toPrincipal(
    row: PrincipalRow | undefined,
    via: Principal['via'],
    extra: Pick<Principal, 'sessionTokenHash'> = {},
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
      ...extra,
      totpSetupRequired: roles.includes('admin') && !row.totp_enabled,
    };
    const count = row.hits === null ? null : { hits: row.hits, secondsLeft: row.seconds_left ?? 60 };
    return { principal, count };
  }
}
