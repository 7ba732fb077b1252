import {
  addDays,
  type ClinicalDate,
  type ClinicalSettings,
  isEarlyRelapse,
  type RelapseEpisode,
  type RelapseObservation,
  relapseEpisodes,
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

/** One stored relapse is one patient, substance and onset day: the key of relapse_event's unique index. */
const episodeKey = (r: { substance: string; onsetOn: string }) => `${r.substance}|${r.onsetOn}`;

const alreadyRecorded = () =>
  new ApiException(409, 'RELAPSE_ALREADY_RECORDED', 'A relapse of this substance with this onset is already recorded');

/** An episode of the current course, with the stored relapse it is (recorded or confirmed), if any. */
function episodeView(episode: RelapseEpisode, stored: RelapseEvent | undefined): RelapseViewDto {
  return {
    id: stored?.id ?? null,
    onsetOn: episode.onsetOn,
    lastUseOn: episode.lastUseOn,
    endedOn: episode.endedOn,
    ongoing: episode.endedOn === null,
    detectedOn: episode.detectedOn,
    substance: episode.substance,
    rule: episode.rule ?? stored?.rule ?? null,
    early: episode.early,
    source: stored?.source ?? 'detected',
    confirmed: stored !== undefined,
    note: stored?.note ?? null,
  };
}

interface CurrentCourse {
  startedOn: ClinicalDate | null;
  episodes: RelapseEpisode[];
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
   * The relapse episodes of the current course as the caseload row sees them (detected, recorded,
   * or both in one), then the stored relapses of earlier courses; newest onset first.
   */
  async list(patientId: string): Promise<RelapseViewDto[]> {
    const manager = this.dataSource.manager;
    const patient = await manager.findOneBy(Patient, { id: patientId });
    if (!patient) throw notFound('Patient');
    return this.views(manager, patient, await manager.findBy(RelapseEvent, { patientId }));
  }

  /** Records a relapse, or confirms one the rules detected; one per patient, substance and onset. */
  async record(patientId: string, dto: RecordRelapseDto, clinicianId: string): Promise<RelapseViewDto> {
    const today = this.clock.today();
    if (dto.onsetOn > today) throw fieldError('onsetOn', 'onsetOn must not be in the future');
    if (dto.lastUseOn !== undefined && dto.lastUseOn > today) {
      throw fieldError('lastUseOn', 'lastUseOn must not be in the future');
    }
    if (dto.lastUseOn !== undefined && dto.lastUseOn < dto.onsetOn) {
      throw fieldError('lastUseOn', 'lastUseOn must not be before onsetOn');
    }
    try {
      return await this.summaries.writeForPatient(patientId, async (manager, patient) => {
        if (dto.onsetOn < patient.birthDate) throw fieldError('onsetOn', "onsetOn is before the patient's birth");
        const stored = await manager.findBy(RelapseEvent, { patientId });
        // The patient's lock makes this check race-free; the unique index stays as the backstop.
        if (stored.some((r) => episodeKey(r) === episodeKey(dto))) throw alreadyRecorded();
        const { episodes } = await this.currentCourse(manager, patient, stored);
        const detection = episodes.find((e) => !e.recorded && episodeKey(e) === episodeKey(dto));
        if (dto.confirmDetected && !detection) {
          throw new ApiException(
            422,
            'RELAPSE_NOT_DETECTED',
            `No ${dto.substance} relapse with onset ${dto.onsetOn} was detected, so there is nothing to confirm`,
          );
        }
        const startedOn = await this.startInForceOn(manager, patientId, dto.onsetOn);
        const saved = await manager.save(
          manager.create(RelapseEvent, {
            patientId,
            onsetOn: dto.onsetOn,
            lastUseOn: dto.lastUseOn ?? null,
            substance: dto.substance,
            source: dto.confirmDetected ? 'detected' : 'recorded',
            rule: dto.confirmDetected ? (detection?.rule ?? null) : null,
            early: isEarlyRelapse(startedOn, dto.onsetOn, this.settings),
            note: dto.note ?? null,
            confirmedBy: clinicianId,
          }),
        );
        const view = (await this.views(manager, patient, [...stored, saved])).find((v) => v.id === saved.id);
        if (!view) throw new Error(`relapse ${saved.id} missing from the patient's relapses`);
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyRecorded();
      throw error;
    }
  }

  private async views(manager: EntityManager, patient: Patient, stored: RelapseEvent[]): Promise<RelapseViewDto[]> {
    const { startedOn, episodes } = await this.currentCourse(manager, patient, stored);
    const byKey = new Map(stored.map((r) => [episodeKey(r), r]));
    const current = episodes.map((e) => episodeView(e, byKey.get(episodeKey(e))));
    const shown = new Set(current.map((v) => v.id));
    const earlier = stored.filter((r) => !shown.has(r.id)).map((r) => this.earlierCourseView(r, startedOn));
    return [...current, ...earlier].sort(
      (a, b) => b.onsetOn.localeCompare(a.onsetOn) || a.substance.localeCompare(b.substance),
    );
  }

  /**
   * A stored relapse of an earlier course, as the clinician stated it: the rules read only the
   * current course, and a new start closes the earlier course's episodes.
   */
  private earlierCourseView(r: RelapseEvent, currentStartedOn: ClinicalDate | null): RelapseViewDto {
    const lastUseOn = r.lastUseOn ?? r.onsetOn;
    const endDays =
      r.substance === 'opioids' ? this.settings.relapseEndOpioidDays : this.settings.relapseEndAlcoholDays;
    const endedOn = addDays(lastUseOn, endDays);
    return {
      id: r.id,
      onsetOn: r.onsetOn,
      lastUseOn,
      endedOn:
        currentStartedOn !== null && currentStartedOn >= lastUseOn && currentStartedOn < endedOn
          ? currentStartedOn
          : endedOn,
      ongoing: false,
      detectedOn: null,
      substance: r.substance,
      rule: r.rule,
      early: r.early,
      source: r.source,
      confirmed: true,
      note: r.note,
    };
  }

  /** The episodes of the current (latest) naltrexone course, with its stored relapses as recorded. */
  private async currentCourse(
    manager: EntityManager,
    patient: Patient,
    stored: RelapseEvent[],
  ): Promise<CurrentCourse> {
    const latest = await manager.findOne(NaltrexoneStart, {
      where: { patientId: patient.id },
      order: { startedOn: 'DESC', createdAt: 'DESC' },
    });
    const startedOn = latest?.startedOn ?? null;
    const observations = await manager.findBy(Observation, { patientId: patient.id });
    const episodes = relapseEpisodes({
      diagnoses: patient.diagnoses,
      sex: patient.sex,
      naltrexoneStartedOn: startedOn,
      observations: observations.map(toSummaryObservation).filter(isRelapseObservation),
      recorded: stored.map((r) => ({ substance: r.substance, onsetOn: r.onsetOn, lastUseOn: r.lastUseOn })),
      today: this.clock.today(),
      settings: this.settings,
    });
    return { startedOn, episodes };
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
