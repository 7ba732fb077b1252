import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { notFound } from '../common/errors/not-found.js';
import type { PatientScope } from './auth.decorators.js';
import { BreakGlassAccess } from './break-glass-access.entity.js';
import { CLINICAL_ROLES, type Principal } from './principal.js';
import type { RecordPatient } from './record-patient.js';

export const BREAK_GLASS_MS = 60 * 60_000;

/** Whether a request only reads a patient's records or also changes them. */
export type AccessIntent = 'read' | 'write';

/**
 * Who may open which patient: clinicians of the patient's care teams, or a clinician with live
 * break-glass access, who may read only (the emergency is for looking, not for changing the record).
 * Everyone else is told the record does not exist.
 */
@Injectable()
export class PatientAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The patient behind the record, when the principal may see it; 404 otherwise. The record's
   * patient is found by the principal's statement (see PrincipalLoader), null when there is no
   * such record. A write through break-glass alone answers 403: the caller can already see the
   * patient, so 404 would hide nothing.
   */
  async check(
    principal: Principal,
    record: RecordPatient | null,
    via: PatientScope['via'],
    intent: AccessIntent,
  ): Promise<string> {
    if (!principal.roles.some((role) => CLINICAL_ROLES.includes(role))) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Your role does not give access to clinical records');
    }
    if (!record) throw notFound(via === 'patient' ? 'Patient' : 'Record');
    if (principal.teamIds.includes(record.careTeamId)) return record.patientId;
    if (await this.hasBreakGlass(principal.clinicianId, record.patientId)) {
      if (intent === 'write') {
        throw new ApiException(
          403,
          'BREAK_GLASS_READ_ONLY',
          'Break-glass access is read-only: only the patient’s care team may change the record',
        );
      }
      return record.patientId;
    }
    throw notFound(via === 'patient' ? 'Patient' : 'Record');
  }

  private hasBreakGlass(clinicianId: string, patientId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(BreakGlassAccess)
      .createQueryBuilder('b')
      .where('b.clinicianId = :clinicianId AND b.patientId = :patientId AND b.expiresAt > now()', {
        clinicianId,
        patientId,
      })
      .getExists();
  }

  /** Opens a patient outside the clinician's teams for an hour. 404 when the patient does not exist. */
  async breakGlass(principal: Principal, patientId: string, reason: string): Promise<BreakGlassAccess> {
    if (!principal.roles.some((role) => CLINICAL_ROLES.includes(role))) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Your role does not give access to clinical records');
    }
    const [patient]: { care_team_id: string }[] = await this.dataSource.query(
      'SELECT care_team_id FROM patient WHERE id = $1',
      [patientId],
    );
    if (!patient) throw notFound('Patient');
    const repository = this.dataSource.getRepository(BreakGlassAccess);
    return repository.save(
      repository.create({
        clinicianId: principal.clinicianId,
        patientId,
        // The team whose lead reviews the opening, even after the patient moves elsewhere.
        careTeamId: patient.care_team_id,
        reason,
        expiresAt: new Date(Date.now() + BREAK_GLASS_MS),
      }),
    );
  }
}
