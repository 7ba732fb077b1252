import {
  type ClinicalSettings,
  type DetectedRelapse,
  detectRelapses,
  isEarlyRelapse,
  type RelapseObservation,
} from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { toSummaryObservation } from '../caseload/rebuild-patient-summary.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Observation } from '../observations/observation.entity.js';
import { Patient } from '../patients/patient.entity.js';
import type { RecordRelapseDto, RelapseViewDto } from './dto/relapse.dto.js';
import { RelapseEvent } from './relapse-event.entity.js';

const isRelapseObservation = (o: ReturnType<typeof toSummaryObservation>): o is RelapseObservation =>
  o !== null && (o.kind === 'uds' || o.kind === 'self_reported_use' || o.kind === 'drinks');

@Injectable()
export class RelapsesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  /** Detected (by the rules) and recorded relapses, one entry per episode, newest onset first. */
  async list(patientId: string): Promise<RelapseViewDto[]> {
    const manager = this.dataSource.manager;
    const patient = await manager.findOneByOrFail(Patient, { id: patientId });
    const detected = await this.detect(manager, patient);
    const stored = await manager.find(RelapseEvent, { where: { patientId } });
    const key = (substance: string, onsetOn: string) => `${substance}|${onsetOn}`;
    const storedByKey = new Map(stored.map((r) => [key(r.substance, r.onsetOn), r]));

    const views: RelapseViewDto[] = detected
      .filter((d) => !storedByKey.has(key(d.substance, d.onsetOn)))
      .map((d) => ({
        id: null,
        onsetOn: d.onsetOn,
        detectedOn: d.detectedOn,
        substance: d.substance,
        rule: d.rule,
        early: d.early,
        source: 'detected',
        confirmed: false,
        note: null,
      }));
    for (const r of stored) {
      const detection = detected.find((d) => key(d.substance, d.onsetOn) === key(r.substance, r.onsetOn));
      views.push({
        id: r.id,
        onsetOn: r.onsetOn,
        detectedOn: detection?.detectedOn ?? null,
        substance: r.substance,
        rule: r.rule,
        early: r.early,
        source: r.source,
        confirmed: true,
        note: r.note,
      });
    }
    return views.sort((a, b) => b.onsetOn.localeCompare(a.onsetOn));
  }

  /** Records a relapse, or confirms one the rules detected; one per patient, substance and onset. */
  async record(patientId: string, dto: RecordRelapseDto, clinicianId: string): Promise<RelapseViewDto> {
    if (dto.onsetOn > this.clock.today()) throw fieldError('onsetOn', 'onsetOn must not be in the future');
    try {
      await this.summaries.writeForPatient(patientId, async (manager, patient) => {
        const start = await this.startInForce(manager, patientId, dto.onsetOn);
        let rule: DetectedRelapse['rule'] | null = null;
        if (dto.confirmDetected) {
          const detection = (await this.detect(manager, patient)).find(
            (d) => d.substance === dto.substance && d.onsetOn === dto.onsetOn,
          );
          if (!detection) {
            throw new ApiException(
              422,
              'RELAPSE_NOT_DETECTED',
              'No relapse was detected with that substance and onset',
            );
          }
          rule = detection.rule;
        }
        await manager.insert(RelapseEvent, {
          patientId,
          onsetOn: dto.onsetOn,
          substance: dto.substance,
          source: dto.confirmDetected ? 'detected' : 'recorded',
          rule,
          early: isEarlyRelapse(start, dto.onsetOn, this.settings),
          note: dto.note ?? null,
          confirmedBy: clinicianId,
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new ApiException(409, 'RELAPSE_ALREADY_RECORDED', 'This relapse is already recorded');
    }
    const views = await this.list(patientId);
    const view = views.find((v) => v.substance === dto.substance && v.onsetOn === dto.onsetOn && v.confirmed);
    if (!view) throw new Error('recorded relapse not found');
    return view;
  }

  private async detect(manager: EntityManager, patient: Patient): Promise<DetectedRelapse[]> {
    const start = await this.startInForce(manager, patient.id, this.clock.today());
    const observations = await manager.find(Observation, { where: { patientId: patient.id } });
    return detectRelapses({
      diagnoses: patient.diagnoses,
      sex: patient.sex,
      naltrexoneStartedOn: start,
      observations: observations.map(toSummaryObservation).filter(isRelapseObservation),
      settings: this.settings,
    });
  }

  /** The start of the naltrexone course in force on a day, if any. */
  private async startInForce(manager: EntityManager, patientId: string, on: string): Promise<string | null> {
    const start = await manager
      .getRepository(NaltrexoneStart)
      .createQueryBuilder('s')
      .where('s.patientId = :patientId AND s.startedOn <= :on', { patientId, on })
      .orderBy('s.startedOn', 'DESC')
      .getOne();
    return start?.startedOn ?? null;
  }
}
