import type { ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { notFound } from '../common/errors/not-found.js';
import type { Patient } from '../patients/patient.entity.js';
import { lockPatient } from './lock-patient.js';
import { rebuildPatientSummaries, rebuildPatientSummary } from './rebuild-patient-summary.js';

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
      const patient = await lockPatient(manager, patientId);
      if (!patient) throw notFound('Patient');
      const result = await write(manager, patient);
      // Read as it stands after the write, which may have changed the patient (status, team, name).
      await rebuildPatientSummary(manager, patientId, this.clock.today(), this.settings);
      return result;
    });
  }

  /**
   * Rebuilds the rows computed before today (PDC windows and due dates move with the calendar),
   * set-wise, batch by batch. A batch locks its patients as event writers do but skips those a
   * writer, or another instance's refresher, holds: their rows are rebuilt when that one commits.
   */
  async refreshStale(batchSize = 500): Promise<number> {
    const today = this.clock.today();
    let refreshed = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const stale: { id: string }[] = await manager.query(
          `SELECT p.id FROM patient p JOIN patient_summary s ON s.patient_id = p.id
            WHERE s.as_of < $1 ORDER BY p.id LIMIT $2 FOR UPDATE OF p SKIP LOCKED`,
          [today, batchSize],
        );
        if (stale.length === 0) return 0;
        await rebuildPatientSummaries(
          manager,
          stale.map((row) => row.id),
          today,
          this.settings,
        );
        return stale.length;
      });
      if (count === 0) return refreshed;
      refreshed += count;
    }
  }
}
