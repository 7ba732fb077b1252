import { type ClinicalDate, type ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
import { toPatientView } from './patient-view.js';

const EARLIEST_BIRTH_DATE = '1900-01-01';

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
        const patient = await manager.save(manager.create(Patient, { ...dto, status: 'referred' }));
        const summary = await rebuildPatientSummary(manager, patient, today, this.settings);
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

  async update(id: string, dto: UpdatePatientDto, principal: Principal): Promise<PatientViewDto> {
    try {
      await this.summaries.writeForPatient(id, async (manager, patient) => {
        this.checkDates(dto.birthDate ?? patient.birthDate, dto.enrolledOn ?? patient.enrolledOn, this.clock.today());
        if (dto.careTeamId) this.checkCareTeam(principal, dto.careTeamId);
        await manager.update(Patient, { id }, dto);
      });
    } catch (error) {
      throw this.mrnConflictOr(error);
    }
    return this.get(id);
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

  private mrnConflictOr(error: unknown): unknown {
    if (!isUniqueViolation(error)) return error;
    return new ApiException(409, 'DUPLICATE_MRN', 'A patient with this MRN already exists', {
      fields: [{ field: 'mrn', messages: ['mrn is already in use'] }],
    });
  }
}
