import type { ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockFreePatients } from '../caseload/lock-patient.js';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { rebuildPatientSummaries } from '../caseload/rebuild-patient-summary.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { isDatabaseUnavailable } from '../common/database/database-unavailable.js';
import { GroupedWrites } from '../common/database/grouped-writes.js';
import type { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { clinicalDayRefusal } from './clinical-day-refusal.js';
import { insertMedicationEvents, type NewMedicationEvent } from './insert-medication-event.js';
import type { MedicationEvent } from './medication-event.entity.js';

/** Transactions of doses at once; more doses than that wait and go together. */
const SLOTS = 2;
/** The most doses in one transaction. */
const MAX_GROUP = 100;

/** A grouped event's outcome: stored, or refused by a rule on its own. */
type GroupOutcome = { stored: MedicationEvent } | { refused: ApiException };

/**
 * Records medication events, the most frequent clinical write, with the rules of every clinical
 * write (the patient's lock held, the caseload row rebuilt before commit), grouping the doses that
 * arrive together: one transaction locks their patients, inserts them and rebuilds the rows
 * set-wise, so a burst (a clinic's morning round) costs a few commits instead of one per dose.
 * Each dose still has its own answer: a refused one fails alone.
 */
@Injectable()
export class MedicationEventWrites {
  private readonly groups = new GroupedWrites<NewMedicationEvent, MedicationEvent>(
    (events) => this.writeGroup(events),
    (event) => event.patientId,
    SLOTS,
    MAX_GROUP,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  /** Records the event once its patient's caseload row is rebuilt; as stored. */
  record(event: NewMedicationEvent): Promise<MedicationEvent> {
    return this.groups.submit(event);
  }

  private async writeGroup(events: NewMedicationEvent[]): Promise<Promise<MedicationEvent>[]> {
    const [only] = events;
    if (only && events.length === 1) {
      const written = this.writeAlone(only);
      await written.catch(() => undefined);
      return [written];
    }
    try {
      const outcomes = await this.dataSource.transaction((manager) => this.writeTogether(manager, events));
      // Settled answers are made only now, once committed, each handed at once to its caller.
      return outcomes.map((outcome, i) => {
        if (outcome === null) return this.writeAlone(events[i] as NewMedicationEvent);
        return 'stored' in outcome ? Promise.resolve(outcome.stored) : Promise.reject(outcome.refused);
      });
    } catch (error) {
      // A lost connection may have lost only the commit's answer: writing again could record the
      // doses twice, and each alone would wait out the same outage. They all get the error.
      if (isDatabaseUnavailable(error)) throw error;
      // An event the database refused fails the group's transaction: each then goes alone, to its
      // own answer.
      return events.map((event) => this.writeAlone(event));
    }
  }

  /** As every clinical write: in a transaction of its own, waiting for the patient's lock. */
  private writeAlone(event: NewMedicationEvent): Promise<MedicationEvent> {
    return this.summaries.writeForPatient(event.patientId, async (manager, patient) => {
      const refusal = clinicalDayRefusal('occurredOn', event.occurredOn, patient.birthDate, this.clock.today());
      if (refusal) throw fieldError(refusal.field, refusal.message);
      const [stored] = await insertMedicationEvents(manager, [event]);
      if (!stored) throw new Error('the medication event was not inserted');
      return stored;
    });
  }

  /**
   * The group's outcomes, in order. An event whose patient another transaction is writing (or that
   * does not exist) gets none: it goes alone, so the group never waits for another's lock.
   */
  private async writeTogether(manager: EntityManager, events: NewMedicationEvent[]): Promise<(GroupOutcome | null)[]> {
    const patients = await lockFreePatients(
      manager,
      events.map((event) => event.patientId),
    );
    const today = this.clock.today();
    const refusals = events.map((event) => {
      const patient = patients.get(event.patientId);
      return patient ? clinicalDayRefusal('occurredOn', event.occurredOn, patient.birthDate, today) : null;
    });
    const accepted = events.filter((event, i) => patients.has(event.patientId) && !refusals[i]);
    const stored = accepted.length > 0 ? await insertMedicationEvents(manager, accepted) : [];
    await rebuildPatientSummaries(
      manager,
      accepted.map((event) => event.patientId),
      today,
      this.settings,
    );
    const storedOf = new Map(accepted.map((event, i) => [event, stored[i]]));
    return events.map((event, i) => {
      if (!patients.has(event.patientId)) return null;
      const refusal = refusals[i];
      if (refusal) return { refused: fieldError(refusal.field, refusal.message) };
      const row = storedOf.get(event);
      if (!row) throw new Error('a medication event of the group was not inserted');
      return { stored: row };
    });
  }
}
