import { clinicalDateOf } from '@naltrack/domain';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { CareTeam } from '../../care-teams/care-team.entity.js';
import { Patient } from '../../patients/patient.entity.js';
import { buildDemoCohort } from './demo-cohort.js';

export interface DemoSeedOptions {
  seed?: number;
  patientsPerTeam?: number;
  timeZone: string;
}

const BATCH_SIZE = 500;

/**
 * Loads the demo cohort into an empty database in one transaction, printing progress.
 * Returns false, changing nothing, when the database already holds care teams.
 */
export async function seedDemoCohort(
  dataSource: DataSource,
  logger: Logger,
  options: DemoSeedOptions,
): Promise<boolean> {
  const cohort = buildDemoCohort({
    seed: options.seed ?? 1,
    patientsPerTeam: options.patientsPerTeam ?? 12,
    today: clinicalDateOf(new Date(), options.timeZone),
  });

  return dataSource.transaction(async (manager) => {
    // Two instances starting at once must not both seed: the first takes the lock.
    await manager.query('LOCK TABLE care_team IN EXCLUSIVE MODE');
    if ((await manager.count(CareTeam)) > 0) return false;

    const teams = await manager.save(
      CareTeam,
      cohort.careTeams.map((team) => manager.create(CareTeam, team)),
    );
    const teamIds = new Map(teams.map((team) => [team.code, team.id]));
    logger.info({ careTeams: teams.length }, 'demo cohort: care teams created');

    for (let done = 0; done < cohort.patients.length; done += BATCH_SIZE) {
      const batch = cohort.patients.slice(done, done + BATCH_SIZE).map(({ teamCode, ...patient }) => ({
        ...patient,
        careTeamId: teamIds.get(teamCode) as string,
      }));
      await manager.insert(Patient, batch);
      logger.info(
        { done: done + batch.length, total: cohort.patients.length },
        `demo cohort: ${done + batch.length}/${cohort.patients.length} patients`,
      );
    }
    return true;
  });
}
