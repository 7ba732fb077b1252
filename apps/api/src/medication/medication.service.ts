import {
  type ClinicalDate,
  type ClinicalSettings,
  caseloadPdcWindow,
  checkInductionPrerequisites,
  computeAdherence,
  daysBetween,
  injectionStatus,
  latestInjectionOn,
  recordedOpioidUse,
} from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { Observation } from '../observations/observation.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { clinicalDayRefusal } from './clinical-day-refusal.js';
import type { AdherenceQueryDto } from './dto/adherence-query.dto.js';
import type { CreateMedicationEventDto } from './dto/create-medication-event.dto.js';
import type { CreateNaltrexoneStartDto } from './dto/create-naltrexone-start.dto.js';
import type { AdherenceDto, MedicationEventViewDto, NaltrexoneStartViewDto } from './dto/medication-views.dto.js';
import { newMedicationEvent } from './insert-medication-event.js';
import { MedicationEvent } from './medication-event.entity.js';
import { MedicationEventWrites } from './medication-event-writes.js';
import { NaltrexoneStart } from './naltrexone-start.entity.js';

const MAX_REPORT_DAYS = 3 * 366;
/** The caseload's pdc90. */
const PDC_WINDOW_DAYS = 90;

function toStartView(start: NaltrexoneStart): NaltrexoneStartViewDto {
  const { patient: _patient, startedBy: _startedBy, ...fields } = start;
  return { ...fields, overridden: start.overriddenFailures.length > 0 };
}

function toEventView(event: MedicationEvent): MedicationEventViewDto {
  const { patient: _patient, recordedBy: _recordedBy, ...fields } = event;
  return fields;
}

@Injectable()
export class MedicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly events: MedicationEventWrites,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  /**
   * Starts (or re-starts) naltrexone. Every unmet prerequisite is listed in one 422; with a reason
   * the start is recorded anyway and keeps the failures it overrode. The patient's own screens and
   * self-reports are checked too, since the form may not mention opioid use the record shows.
   */
  async start(patientId: string, dto: CreateNaltrexoneStartDto, prescriberId: string): Promise<NaltrexoneStartViewDto> {
    return this.summaries.writeForPatient(patientId, async (manager, patient) => {
      this.checkClinicalDay('startedOn', dto.startedOn, patient);
      if (dto.lastOpioidUseOn && dto.lastOpioidUseOn > dto.startedOn) {
        throw fieldError('lastOpioidUseOn', 'lastOpioidUseOn must not be after startedOn');
      }
      const observations = await manager.getRepository(Observation).find({
        where: [
          { patientId, kind: 'uds', observedOn: LessThanOrEqual(dto.startedOn) },
          { patientId, kind: 'self_reported_use', observedOn: LessThanOrEqual(dto.startedOn) },
        ],
      });
      const recorded = recordedOpioidUse(observations, dto.startedOn);
      const check = checkInductionPrerequisites({ ...dto, diagnoses: patient.diagnoses, recorded }, this.settings);
      if (!check.met && !dto.overrideReason) {
        throw new ApiException(
          422,
          'INDUCTION_PREREQUISITES_NOT_MET',
          `Naltrexone cannot be started: ${check.failures.map((f) => f.message).join(' ')}`,
          { failures: check.failures },
        );
      }
      const start = await manager.save(
        manager.create(NaltrexoneStart, {
          ...dto,
          patientId,
          lastOpioidUseOn: dto.lastOpioidUseOn ?? null,
          priorAgonist: dto.priorAgonist ?? null,
          naloxoneChallenge: dto.naloxoneChallenge ?? null,
          opioidScreen: dto.opioidScreen ?? null,
          lft: dto.lft ?? null,
          overriddenFailures: check.failures,
          // A reason with nothing to override is not an override.
          overrideReason: check.met ? null : (dto.overrideReason ?? null),
          isReinduction: patient.status === 'discontinued' || patient.status === 'switched',
          startedBy: prescriberId,
        }),
      );
      await manager.update(Patient, { id: patientId }, { status: 'active' });
      return toStartView(start);
    });
  }

  async listStarts(patientId: string): Promise<NaltrexoneStartViewDto[]> {
    await this.findPatient(patientId);
    const starts = await this.dataSource.getRepository(NaltrexoneStart).find({
      where: { patientId },
      order: { startedOn: 'DESC', createdAt: 'DESC' },
    });
    return starts.map(toStartView);
  }

  async recordEvent(
    patientId: string,
    dto: CreateMedicationEventDto,
    clinicianId: string,
  ): Promise<MedicationEventViewDto> {
    const event = await this.events.record(newMedicationEvent(patientId, dto, clinicianId));
    return toEventView(event);
  }

  async listEvents(patientId: string): Promise<MedicationEventViewDto[]> {
    await this.findPatient(patientId);
    const events = await this.dataSource.getRepository(MedicationEvent).find({
      where: { patientId },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    return events.map(toEventView);
  }

  /**
   * Adherence over a period. Without `from`, the period is the caseload's PDC window (the 90 days up
   * to `to`, from the current start when that is later), so the patient page shows the caseload's PDC.
   */
  async adherence(patientId: string, query: AdherenceQueryDto): Promise<AdherenceDto> {
    await this.findPatient(patientId);
    const to = query.to ?? this.clock.today();
    const window = query.from ? null : caseloadPdcWindow(to, await this.startInForce(patientId, to), PDC_WINDOW_DAYS);
    const from = query.from ?? window?.from ?? to;
    if (from > to) throw fieldError('from', 'from must not be after to');
    if (daysBetween(from, to) >= MAX_REPORT_DAYS) throw fieldError('from', 'the period may span at most three years');

    const events = await this.dataSource.getRepository(MedicationEvent).find({ where: { patientId } });
    const result = computeAdherence({ events, from, to, settings: this.settings });
    return {
      from,
      to,
      sinceStart: window?.sinceStart ?? false,
      ...result,
      adherent: result.pdc !== null && result.pdc >= this.settings.adherentPdc,
      injection: injectionStatus(latestInjectionOn(events, to), to, this.settings),
    };
  }

  /** The start the caseload row measures from: the newest one on or before `day`. */
  private async startInForce(patientId: string, day: ClinicalDate): Promise<ClinicalDate | null> {
    const start = await this.dataSource.getRepository(NaltrexoneStart).findOne({
      where: { patientId, startedOn: LessThanOrEqual(day) },
      order: { startedOn: 'DESC', createdAt: 'DESC' },
    });
    return start?.startedOn ?? null;
  }

  private async findPatient(patientId: string): Promise<Patient> {
    const patient = await this.dataSource.getRepository(Patient).findOneBy({ id: patientId });
    if (!patient) throw notFound('Patient');
    return patient;
  }

  /** A clinical day that happened: not in the future, not before the patient was born. */
  private checkClinicalDay(field: string, day: ClinicalDate, patient: Patient): void {
    const refusal = clinicalDayRefusal(field, day, patient.birthDate, this.clock.today());
    if (refusal) throw fieldError(refusal.field, refusal.message);
  }
}
