import type { Role } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from './principal.js';

interface PrincipalRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[] | string;
  totp_enabled: boolean;
  team_ids: string[];
}

/**
 * Builds the Principal of an active clinician (roles and team ids) in one query, on every request:
 * a role change or a second factor set up applies at once to every session and token. An admin
 * without a second factor is held to setting one up whichever way they call.
 */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    clinicianId: string,
    via: Principal['via'],
    extra: Pick<Principal, 'sessionTokenHash'> = {},
  ): Promise<Principal | null> {
    const [row]: PrincipalRow[] = await this.dataSource.query(
      `SELECT c.id, c.email, c.display_name, c.roles::text[] AS roles, c.totp_enabled,
              COALESCE(array_agg(m.care_team_id) FILTER (WHERE m.care_team_id IS NOT NULL), '{}') AS team_ids
         FROM clinician c LEFT JOIN care_team_membership m ON m.clinician_id = c.id
        WHERE c.id = $1 AND c.active
        GROUP BY c.id`,
      [clinicianId],
    );
    if (!row) return null;
    const roles = row.roles as Role[];
    return {
      clinicianId: row.id,
      email: row.email,
      displayName: row.display_name,
      roles,
      teamIds: row.team_ids,
      via,
      ...extra,
      totpSetupRequired: roles.includes('admin') && !row.totp_enabled,
    };
  }
}
