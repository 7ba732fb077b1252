import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { fieldError } from '../common/errors/field-error.js';
import type { RecordSafetyAssessmentDto, SafetyAssessmentViewDto } from './dto/safety-assessment.dto.js';
import { SafetyAssessment } from './safety-assessment.entity.js';

function toView(assessment: SafetyAssessment): SafetyAssessmentViewDto {
  const { patient: _patient, patientId: _patientId, ...fields } = assessment;
  return fields;
}

@Injectable()
export class SafetyAssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
  ) {}

  /** Stores the assessment and rebuilds the caseload row in the same transaction, so the flag clears with it. */
  async record(
    patientId: string,
    dto: RecordSafetyAssessmentDto,
    assessedBy: string,
  ): Promise<SafetyAssessmentViewDto> {
    if (dto.assessedOn > this.clock.today()) throw fieldError('assessedOn', 'assessedOn must not be in the future');
    return this.summaries.writeForPatient(patientId, async (manager, patient) => {
      if (dto.assessedOn < patient.birthDate) {
        throw fieldError('assessedOn', "assessedOn must not be before the patient's birth date");
      }
      const assessment = await manager.save(
        manager.create(SafetyAssessment, {
          patientId,
          assessedOn: dto.assessedOn,
          outcome: dto.outcome,
          plan: dto.plan,
          assessedBy,
        }),
      );
      return toView(assessment);
    });
  }

  async list(patientId: string): Promise<SafetyAssessmentViewDto[]> {
    const rows = await this.dataSource.getRepository(SafetyAssessment).find({
      where: { patientId },
      order: { assessedOn: 'DESC', createdAt: 'DESC' },
    });
    return rows.map(toView);
  }
}
