import {
  type ClinicalSettings,
  type DetectedRelapse,
  detectRelapses,
  isEarlyRelapse,
  type RelapseObservation,
  type SummaryObservation,
} from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { toSummaryObservation } from '../caseload/rebuild-patient-summary.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Observation } from '../observations/observation.entity.js';
import { Patient } from '../patients/patient.entity.js';
import type { RecordRelapseDto, RelapseViewDto } from './dto/relapse.dto.js';
import { RelapseEvent } from './relapse-event.entity.js';

const RELAPSE_KINDS: ReadonlySet<string> = new Set(['uds', 'self_reported_use', 'drinks']);
const isRelapseObservation = (o: SummaryObservation | null): o is RelapseObservation =>
  o !== null && RELAPSE_KINDS.has(o.kind);

/** One episode is one patient, substance and onset day: the key of relapse_event's unique index. */
const episodeKey = (r: { substance: string; onsetOn: string }) => `${r.substance}|${r.onsetOn}`;

const alreadyRecorded = () =>
  new ApiException(409, 'RELAPSE_ALREADY_RECORDED', 'A relapse of this substance with this onset is already recorded');

function detectedView(d: DetectedRelapse): RelapseViewDto {
  return { id: null, ...d, source: 'detected', confirmed: false, note: null };
}

function storedView(r: RelapseEvent, detection: DetectedRelapse | undefined): RelapseViewDto {
  return {
    id: r.id,
    onsetOn: r.onsetOn,
    detectedOn: detection?.detectedOn ?? null,
    substance: r.substance,
    rule: r.rule,
    early: r.early,
    source: r.source,
    confirmed: true,
    note: r.note,
  };
}

@Injectable()
export class RelapsesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  /**
   * Relapses the rules detect in the observations merged with the stored ones, one entry per
   * episode (a confirmed detection shows once, as confirmed), newest onset first.
   */
  async list(patientId: string): Promise<RelapseViewDto[]> {
    const manager = this.dataSource.manager;
    const patient = await manager.findOneBy(Patient, { id: patientId });
    if (!patient) throw notFound('Patient');
    return this.merge(await this.detect(manager, patient), await manager.findBy(RelapseEvent, { patientId }));
  }

  /** Records a relapse, or confirms one the rules detected; one per patient, substance and onset. */
  async record(patientId: string, dto: RecordRelapseDto, clinicianId: string): Promise<RelapseViewDto> {
    if (dto.onsetOn > this.clock.today()) throw fieldError('onsetOn', 'onsetOn must not be in the future');
    try {
      return await this.summaries.writeForPatient(patientId, async (manager, patient) => {
        if (dto.onsetOn < patient.birthDate) throw fieldError('onsetOn', "onsetOn is before the patient's birth");
        // The patient's lock makes this check race-free; the unique index stays as the backstop.
        if (await manager.existsBy(RelapseEvent, { patientId, substance: dto.substance, onsetOn: dto.onsetOn })) {
          throw alreadyRecorded();
        }
        const detected = await this.detect(manager, patient);
        const detection = detected.find((d) => episodeKey(d) === episodeKey(dto));
        if (dto.confirmDetected && !detection) {
          throw new ApiException(
            422,
            'RELAPSE_NOT_DETECTED',
            `No ${dto.substance} relapse with onset ${dto.onsetOn} was detected, so there is nothing to confirm`,
          );
        }
        const startedOn = await this.startInForceOn(manager, patientId, dto.onsetOn);
        const stored = await manager.save(
          manager.create(RelapseEvent, {
            patientId,
            onsetOn: dto.onsetOn,
            substance: dto.substance,
            source: dto.confirmDetected ? 'detected' : 'recorded',
            rule: dto.confirmDetected ? (detection?.rule ?? null) : null,
            early: isEarlyRelapse(startedOn, dto.onsetOn, this.settings),
            note: dto.note ?? null,
            confirmedBy: clinicianId,
          }),
        );
        return storedView(stored, detection);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyRecorded();
      throw error;
    }
  }

  private merge(detected: DetectedRelapse[], stored: RelapseEvent[]): RelapseViewDto[] {
    const detectionByKey = new Map(detected.map((d) => [episodeKey(d), d]));
    const storedKeys = new Set(stored.map(episodeKey));
    return [
      ...detected.filter((d) => !storedKeys.has(episodeKey(d))).map(detectedView),
      ...stored.map((r) => storedView(r, detectionByKey.get(episodeKey(r)))),
    ].sort((a, b) => b.onsetOn.localeCompare(a.onsetOn) || a.substance.localeCompare(b.substance));
  }

  /** Detection as the caseload row sees it: from the latest naltrexone start. */
  private async detect(manager: EntityManager, patient: Patient): Promise<DetectedRelapse[]> {
    const latest = await manager.findOne(NaltrexoneStart, {
      where: { patientId: patient.id },
      order: { startedOn: 'DESC', createdAt: 'DESC' },
    });
    const observations = await manager.findBy(Observation, { patientId: patient.id });
    return detectRelapses({
      diagnoses: patient.diagnoses,
      sex: patient.sex,
      naltrexoneStartedOn: latest?.startedOn ?? null,
      observations: observations.map(toSummaryObservation).filter(isRelapseObservation),
      settings: this.settings,
    });
  }

  /** The start of the naltrexone course in force on a day: the latest one on or before it. */
  private async startInForceOn(manager: EntityManager, patientId: string, on: string): Promise<string | null> {
    const start = await manager.findOne(NaltrexoneStart, {
      where: { patientId, startedOn: LessThanOrEqual(on) },
      order: { startedOn: 'DESC', createdAt: 'DESC' },
    });
    return start?.startedOn ?? null;
  }
}
