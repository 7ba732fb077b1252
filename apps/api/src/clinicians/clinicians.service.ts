import type { Role } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ApiTokenService } from '../auth/api-token.service.js';
import { PasswordService } from '../auth/password.service.js';
import type { Principal } from '../auth/principal.js';
import { SessionService } from '../auth/session.service.js';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { CareTeamMembership } from './care-team-membership.entity.js';
import { Clinician } from './clinician.entity.js';
import type {
  ClinicianViewDto,
  CreateCareTeamDto,
  CreateClinicianDto,
  UpdateCareTeamDto,
  UpdateClinicianDto,
} from './dto/clinician.dto.js';

@Injectable()
export class CliniciansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  async list(): Promise<ClinicianViewDto[]> {
    const clinicians = await this.dataSource.getRepository(Clinician).find({ order: { email: 'ASC' } });
    const memberships = await this.dataSource.getRepository(CareTeamMembership).find();
    return clinicians.map((c) =>
      this.view(
        c,
        memberships.filter((m) => m.clinicianId === c.id).map((m) => m.careTeamId),
      ),
    );
  }

  async create(dto: CreateClinicianDto): Promise<ClinicianViewDto> {
    const email = dto.email.trim().toLowerCase();
    const weakness = this.passwords.weakness(dto.password, email);
    if (weakness) throw fieldError('password', weakness);
    const passwordHash = await this.passwords.hash(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const clinician = await manager.save(
          manager.create(Clinician, {
            email,
            displayName: dto.displayName,
            roles: dto.roles,
            active: true,
            passwordHash,
          }),
        );
        await this.setTeams(manager, clinician.id, dto.careTeamIds ?? []);
        return this.view(clinician, dto.careTeamIds ?? []);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiException(409, 'EMAIL_TAKEN', 'A user with this email already exists', {
          fields: [{ field: 'email', messages: ['email is already in use'] }],
        });
      }
      throw error;
    }
  }

  /** Changes a user; disabling one ends every session they have and revokes their API tokens. */
  async update(id: string, dto: UpdateClinicianDto, caller: Principal): Promise<ClinicianViewDto> {
    await this.dataSource.transaction(async (manager) => {
      const clinician = await manager.findOne(Clinician, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!clinician) throw notFound('User');
      if (id === caller.clinicianId) refuseSelfGrant(clinician.roles, dto.roles ?? []);
      const { careTeamIds, ...fields } = dto;
      if (Object.keys(fields).length > 0) await manager.update(Clinician, { id }, fields);
      if (careTeamIds) await this.setTeams(manager, id, careTeamIds);
      if (dto.active === false) await this.tokens.revokeAllFor(id, manager);
    });
    if (dto.active === false) await this.sessions.endAllFor(id);
    const clinician = await this.dataSource.getRepository(Clinician).findOneByOrFail({ id });
    const teams = await this.dataSource.getRepository(CareTeamMembership).findBy({ clinicianId: id });
    return this.view(
      clinician,
      teams.map((m) => m.careTeamId),
    );
  }

  async createCareTeam(dto: CreateCareTeamDto): Promise<CareTeam> {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(dto.code)) {
      throw fieldError('code', 'code may hold lower-case letters, digits and - only');
    }
    try {
      return await this.dataSource
        .getRepository(CareTeam)
        .save({ code: dto.code, name: dto.name, requireLeadApproval: dto.requireLeadApproval ?? false });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiException(409, 'TEAM_CODE_TAKEN', 'A care team with this code exists', {
          fields: [{ field: 'code', messages: ['code is already in use'] }],
        });
      }
      throw error;
    }
  }

  async updateCareTeam(id: string, dto: UpdateCareTeamDto): Promise<CareTeam> {
    const repository = this.dataSource.getRepository(CareTeam);
    const result = await repository.update({ id }, dto);
    if (!result.affected) throw notFound('Care team');
    return repository.findOneByOrFail({ id });
  }

  private async setTeams(manager: EntityManager, clinicianId: string, careTeamIds: string[]): Promise<void> {
    const found = await manager.countBy(CareTeam, { id: In(careTeamIds) });
    if (found !== careTeamIds.length)
      throw fieldError('careTeamIds', 'careTeamIds names a care team that does not exist');
    await manager.delete(CareTeamMembership, { clinicianId });
    if (careTeamIds.length > 0) {
      await manager.insert(
        CareTeamMembership,
        careTeamIds.map((careTeamId) => ({ careTeamId, clinicianId })),
      );
    }
  }

  private view(clinician: Clinician, careTeamIds: string[]): ClinicianViewDto {
    const { id, email, displayName, roles, active, totpEnabled } = clinician;
    return { id, email, displayName, roles, careTeamIds, active, totpEnabled };
  }
}

/**
 * Admins read no clinical data, and the audit trail is read by someone other than the admins it
 * records: an admin may hold a clinical or auditor role only when another admin grants it.
 */
function refuseSelfGrant(held: Role[], asked: Role[]): void {
  const added = asked.filter((role) => role !== 'admin' && !held.includes(role));
  if (added.length === 0) return;
  throw new ApiException(
    403,
    'SELF_ROLE_GRANT',
    `You cannot give yourself the ${added.join(', ')} role; another admin must grant it`,
    { fields: [{ field: 'roles', messages: ['roles may not grant yourself a new role'] }] },
  );
}
