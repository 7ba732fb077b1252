import { cueProblem, isInstrumentKind, pacsTotal, scoreInstrument } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { fieldError } from '../common/errors/field-error.js';
import type { CreateObservationDto, ObservationQueryDto, ObservationViewDto } from './dto/observation.dto.js';
import { Observation } from './observation.entity.js';

function toView(observation: Observation): ObservationViewDto {
  const { patient: _patient, recordedBy: _recordedBy, ...fields } = observation;
  return fields;
}

@Injectable()
export class ObservationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
  ) {}

  async record(patientId: string, dto: CreateObservationDto, recordedBy: string): Promise<ObservationViewDto> {
    if (dto.observedOn > this.clock.today()) throw fieldError('observedOn', 'observedOn must not be in the future');
    // Checked here rather than in the DTO so that the 400 names the cue at fault (cues.N).
    const problem = cueProblem(dto.cues ?? [], dto.cueNote);
    if (problem) throw fieldError(problem.field, problem.message);
    return this.summaries.writeForPatient(patientId, async (manager, patient) => {
      if (dto.observedOn < patient.birthDate) {
        throw fieldError('observedOn', "observedOn must not be before the patient's birth date");
      }
      const score = isInstrumentKind(dto.kind) ? scoreInstrument(dto.kind, dto.items ?? [], patient.sex) : null;
      const observation = await manager.save(
        manager.create(Observation, {
          patientId,
          kind: dto.kind,
          observedOn: dto.observedOn,
          items: dto.items ?? null,
          // A PACS or an instrument keeps its total beside the items, so reports and charts need not
          // add them up; an instrument keeps its whole score (the AUDIT-C's depends on sex as recorded).
          value: score ? score.total : dto.items ? pacsTotal(dto.items) : (dto.value ?? null),
          score,
          results: dto.results ?? null,
          substance: dto.substance ?? null,
          cues: dto.cues && dto.cues.length > 0 ? dto.cues : null,
          cueNote: dto.cueNote ?? null,
          recordedBy,
        }),
      );
      return toView(observation);
    });
  }

  async list(patientId: string, query: ObservationQueryDto): Promise<ObservationViewDto[]> {
    const observations = await this.dataSource.getRepository(Observation).find({
      where: { patientId, ...(query.kind ? { kind: query.kind } : {}) },
      order: { observedOn: 'DESC', createdAt: 'DESC' },
    });
    return observations.map(toView);
  }
}
