import { type ClinicalDate, type ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import type { CreatePatientDto } from './dto/create-patient.dto.js';
import type { PatientViewDto } from './dto/patient-view.dto.js';
import type { UpdatePatientDto } from './dto/update-patient.dto.js';
import { Patient } from './patient.entity.js';
import { PatientTransfer } from './patient-transfer.entity.js';
import { toPatientView } from './patient-view.js';

const EARLIEST_BIRTH_DATE = '1900-01-01';

/** A patient after a change, and the move between care teams the change made, if any. */
export interface PatientUpdate {
  patient: PatientViewDto;
  transfer: Pick<PatientTransfer, 'fromCareTeamId' | 'toCareTeamId'> | null;
}

@Injectable()
export class PatientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  async create(dto: CreatePatientDto, principal: Principal): Promise<PatientViewDto> {
    const today = this.clock.today();
    this.checkDates(dto.birthDate, dto.enrolledOn, today);
    this.checkCareTeam(principal, dto.careTeamId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.checkMrnFree(manager, principal, dto.mrn, null);
        const patient = await manager.save(manager.create(Patient, { ...dto, status: 'referred' }));
        const summary = await rebuildPatientSummary(manager, patient.id, today, this.settings);
        return toPatientView(patient, summary);
      });
    } catch (error) {
      throw this.mrnConflictOr(error);
    }
  }

  async get(id: string): Promise<PatientViewDto> {
    const patient = await this.dataSource.getRepository(Patient).findOneBy({ id });
    if (!patient) throw notFound('Patient');
    const summary = await this.dataSource.getRepository(PatientSummaryRow).findOneBy({ patientId: id });
    return toPatientView(patient, summary);
  }

  async update(id: string, dto: UpdatePatientDto, principal: Principal): Promise<PatientUpdate> {
    const transfer = await this.summaries
      .writeForPatient(id, async (manager, patient) => {
        this.checkDates(dto.birthDate ?? patient.birthDate, dto.enrolledOn ?? patient.enrolledOn, this.clock.today());
        const moved =
          dto.careTeamId && dto.careTeamId !== patient.careTeamId
            ? await this.transfer(manager, principal, patient, dto.careTeamId)
            : null;
        if (dto.mrn && dto.mrn !== patient.mrn) await this.checkMrnFree(manager, principal, dto.mrn, id);
        await manager.update(Patient, { id }, dto);
        return moved;
      })
      .catch((error: unknown) => {
        throw this.mrnConflictOr(error);
      });
    return { patient: await this.get(id), transfer };
  }

  /**
   * Moves a patient to another team: only a member of the team the patient is in now (break-glass
   * readers never get this far), into one of the caller's own teams. The move is kept so the team
   * left behind still sees it.
   */
  private async transfer(
    manager: EntityManager,
    principal: Principal,
    patient: Patient,
    toCareTeamId: string,
  ): Promise<PatientUpdate['transfer']> {
    if (!principal.teamIds.includes(patient.careTeamId)) {
      throw new ApiException(403, 'TRANSFER_NOT_ALLOWED', "Only the patient's current care team may move the patient");
    }
    this.checkCareTeam(principal, toCareTeamId);
    await manager.insert(PatientTransfer, {
      patientId: patient.id,
      fromCareTeamId: patient.careTeamId,
      toCareTeamId,
      clinicianId: principal.clinicianId,
    });
    return { fromCareTeamId: patient.careTeamId, toCareTeamId };
  }

  /**
   * An MRN may repeat across teams, but not among the caller's own teams (they see the other
   * record, and imports find patients by MRN). Other teams are not looked at: their enrolments are
   * not the caller's to learn.
   */
  private async checkMrnFree(
    manager: EntityManager,
    principal: Principal,
    mrn: string,
    exceptId: string | null,
  ): Promise<void> {
    const taken = await manager
      .getRepository(Patient)
      .createQueryBuilder('p')
      .where('p.mrn = :mrn AND p.care_team_id = ANY(:teamIds)', { mrn, teamIds: principal.teamIds })
      .andWhere(exceptId ? 'p.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    if (taken) throw this.mrnConflict();
  }

  private checkDates(birthDate: ClinicalDate, enrolledOn: ClinicalDate, today: ClinicalDate): void {
    if (birthDate > today) throw fieldError('birthDate', 'birthDate must not be in the future');
    if (birthDate < EARLIEST_BIRTH_DATE)
      throw fieldError('birthDate', `birthDate must be after ${EARLIEST_BIRTH_DATE}`);
    if (enrolledOn > today) throw fieldError('enrolledOn', 'enrolledOn must not be in the future');
    if (enrolledOn < birthDate) throw fieldError('enrolledOn', 'enrolledOn must not be before birthDate');
  }

  /** Patients are placed only in the caller's own teams (an unknown team reads the same). */
  private checkCareTeam(principal: Principal, careTeamId: string): void {
    if (!principal.teamIds.includes(careTeamId)) {
      throw fieldError('careTeamId', 'careTeamId must be one of your care teams');
    }
  }

  /** Only the per-team MRN index can be violated here: the caller belongs to that team. */
  private mrnConflictOr(error: unknown): unknown {
    return isUniqueViolation(error, 'patient_care_team_mrn_key') ? this.mrnConflict() : error;
  }

  private mrnConflict(): ApiException {
    return new ApiException(409, 'DUPLICATE_MRN', 'A patient with this MRN already exists in your care teams', {
      fields: [{ field: 'mrn', messages: ['mrn is already in use in your care teams'] }],
    });
  }
}
