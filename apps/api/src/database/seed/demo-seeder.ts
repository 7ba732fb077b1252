import { type ClinicalDate, type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { CareTeam } from '../../care-teams/care-team.entity.js';
import { rebuildPatientSummary } from '../../caseload/rebuild-patient-summary.js';
import { buildDemoCohort, splitOverTeams } from './demo-cohort.js';
import { insertDemoCohort } from './demo-inserts.js';
import { seedDemoOutreach } from './demo-outreach.js';

export interface DemoSeedOptions {
  seed?: number;
  /** Patients in each of the three teams; 100 unless told. */
  patientsPerTeam?: number;
  /** Total patients split evenly over the teams; overrides patientsPerTeam (the CLI's --patients). */
  patients?: number;
  /** The clinic's IANA time zone: it decides the sessions' business hours. */
  timeZone: string;
  /** The clinic's today (its clinical clock): the cohort's histories end on it. */
  today: ClinicalDate;
  settings?: ClinicalSettings;
}

export const DEFAULT_DEMO_SEED = 1;
export const DEFAULT_PATIENTS_PER_TEAM = 100;

/** Log summary progress about ten times, whatever the cohort size. */
const PROGRESS_STEPS = 10;

/**
 * Loads the demo cohort into an empty database in one transaction: teams, clinicians, patients
 * and their records, then every patient's caseload row, printing progress.
 * Returns false, changing nothing, when the database already holds care teams.
 */
export async function seedDemoCohort(
  dataSource: DataSource,
  logger: Logger,
  options: DemoSeedOptions,
): Promise<boolean> {
  const settings = options.settings ?? DEFAULT_CLINICAL_SETTINGS;
  const teamSizes =
    options.patients === undefined
      ? splitOverTeams(3 * (options.patientsPerTeam ?? DEFAULT_PATIENTS_PER_TEAM))
      : splitOverTeams(options.patients);
  const startedAt = Date.now();

  return dataSource.transaction(async (manager) => {
    // Two instances starting at once must not both seed: the first takes the lock.
    await manager.query('LOCK TABLE care_team IN EXCLUSIVE MODE');
    if ((await manager.count(CareTeam)) > 0) return false;

    const { today } = options;
    const cohort = buildDemoCohort({
      seed: options.seed ?? DEFAULT_DEMO_SEED,
      teamSizes,
      today,
      timeZone: options.timeZone,
      settings,
    });
    logger.info(
      { patients: cohort.patients.length, today, ms: Date.now() - startedAt },
      `demo cohort: generated ${cohort.patients.length} patients up to ${today}`,
    );

    const patients = await insertDemoCohort(manager, cohort, logger);

    const step = Math.max(1, Math.ceil(patients.length / PROGRESS_STEPS));
    for (const [i, patient] of patients.entries()) {
      await rebuildPatientSummary(manager, patient.id, today, settings);
      const done = i + 1;
      if (done % step === 0 || done === patients.length) {
        logger.info({ done, total: patients.length }, `demo cohort: caseload ${done}/${patients.length} patients`);
      }
    }
    await seedDemoOutreach(manager, today);
    logger.info({ ms: Date.now() - startedAt }, 'demo cohort: done');
    return true;
  });
}
