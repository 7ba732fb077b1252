import type { ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { notFound } from '../common/errors/not-found.js';
import { Patient } from '../patients/patient.entity.js';
import { rebuildPatientSummary } from './rebuild-patient-summary.js';

/**
 * The one way to change a patient's clinical records: in a transaction that holds the patient's row
 * lock, so concurrent events for one patient queue up, and that rewrites the caseload row before
 * it commits.
 */
@Injectable()
export class PatientSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  async writeForPatient<T>(
    patientId: string,
    write: (manager: EntityManager, patient: Patient) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const patient = await manager.findOne(Patient, {
        where: { id: patientId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!patient) throw notFound('Patient');
      const result = await write(manager, patient);
      // The write may have changed the patient itself (status, team, name).
      const current = await manager.findOneByOrFail(Patient, { id: patientId });
      await rebuildPatientSummary(manager, current, this.clock.today(), this.settings);
      return result;
    });
  }

  /** Rebuilds the rows computed before today (PDC windows and due dates move with the calendar). */
  async refreshStale(batchSize = 200): Promise<number> {
    const today = this.clock.today();
    let refreshed = 0;
    for (;;) {
      const stale: { patient_id: string }[] = await this.dataSource.query(
        'SELECT patient_id FROM patient_summary WHERE as_of < $1 ORDER BY patient_id LIMIT $2',
        [today, batchSize],
      );
      if (stale.length === 0) return refreshed;
      for (const { patient_id } of stale) {
        await this.writeForPatient(patient_id, async () => undefined);
      }
      refreshed += stale.length;
    }
  }
}
