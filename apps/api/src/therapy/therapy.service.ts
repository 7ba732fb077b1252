import type { ClinicalDate } from '@naltrack/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { Clinician } from '../clinicians/clinician.entity.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import type {
  CreateTherapySessionDto,
  TherapySessionViewDto,
  UpdateTherapySessionDto,
} from './dto/therapy-session.dto.js';
import { TherapySession } from './therapy-session.entity.js';

/** Outcomes that say what happened, so the session must have begun. Cancellations may come early. */
const OUTCOMES_THAT_NEED_THE_PAST: ReadonlySet<string> = new Set(['attended', 'late', 'no_show']);

/** The same calendar day a year later; 29 February goes to 28 February. */
export function oneYearAfter(day: ClinicalDate): ClinicalDate {
  const [year, month, date] = day.split('-');
  return `${Number(year) + 1}-${month}-${month === '02' && date === '29' ? '28' : date}`;
}

function toView(session: TherapySession): TherapySessionViewDto {
  const { patient: _patient, clinician: _clinician, version: _version, ...fields } = session;
  return fields;
}

@Injectable()
export class TherapyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
  ) {}

  async schedule(patientId: string, dto: CreateTherapySessionDto): Promise<TherapySessionViewDto> {
    const scheduledAt = new Date(dto.scheduledAt);
    const scheduledOn = this.clock.dayOf(scheduledAt);
    if (scheduledOn > oneYearAfter(this.clock.today())) {
      throw fieldError('scheduledAt', 'scheduledAt must be at most one year from today');
    }
    if (dto.clinicianId && !(await this.dataSource.getRepository(Clinician).existsBy({ id: dto.clinicianId }))) {
      throw fieldError('clinicianId', 'clinicianId does not name a known clinician');
    }
    return this.summaries.writeForPatient(patientId, async (manager, patient) => {
      if (scheduledOn < patient.birthDate) throw fieldError('scheduledAt', "scheduledAt is before the patient's birth");
      const session = await manager.save(
        manager.create(TherapySession, {
          patientId,
          scheduledAt,
          scheduledOn,
          type: dto.type,
          modality: dto.modality ?? null,
          clinicianId: dto.clinicianId ?? null,
          status: 'scheduled',
          copingSkills: null,
        }),
      );
      return toView(session);
    });
  }

  async list(patientId: string): Promise<TherapySessionViewDto[]> {
    const sessions = await this.dataSource
      .getRepository(TherapySession)
      .find({ where: { patientId }, order: { scheduledAt: 'DESC', createdAt: 'DESC' } });
    return sessions.map(toView);
  }

  /**
   * Records an outcome. The session is read again under a row lock inside the patient's
   * transaction, so concurrent updates apply one after another and the caseload row stays exact.
   */
  async recordOutcome(sessionId: string, dto: UpdateTherapySessionDto): Promise<TherapySessionViewDto> {
    const found = await this.dataSource.getRepository(TherapySession).findOneBy({ id: sessionId });
    if (!found) throw notFound('Therapy session');
    return this.summaries.writeForPatient(found.patientId, async (manager) => {
      const session = await manager.findOne(TherapySession, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      // Gone since the first read (its patient was deleted).
      if (!session) throw notFound('Therapy session');
      if (OUTCOMES_THAT_NEED_THE_PAST.has(dto.status) && session.scheduledAt > this.clock.now()) {
        throw fieldError('status', `status ${dto.status} cannot be recorded for a session that has not begun yet`);
      }
      session.status = dto.status;
      if (dto.copingSkills) session.copingSkills = dto.copingSkills.length > 0 ? dto.copingSkills : null;
      return toView(await manager.save(session));
    });
  }
}
