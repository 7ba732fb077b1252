import { MigrationInterface, QueryRunner } from 'typeorm';

/** The caseload's sort keys, as caseload-sort.ts writes them: [index suffix, ascending key, descending key]. */
const NULLABLE_SORT_KEYS = [
  ['pdc30', 'COALESCE(pdc30, 2)', 'COALESCE(pdc30, -1)'],
  ['pdc90', 'COALESCE(pdc90, 2)', 'COALESCE(pdc90, -1)'],
  ['days_on', 'COALESCE(days_on_naltrexone, 2147483647)', 'COALESCE(days_on_naltrexone, -1)'],
  ['injection_due', "COALESCE(injection_due_on, DATE '9999-12-31')", "COALESCE(injection_due_on, DATE '0001-01-01')"],
  ['pacs', 'COALESCE(latest_pacs, 99)', 'COALESCE(latest_pacs, -1)'],
  ['last_session', "COALESCE(last_session_on, DATE '9999-12-31')", "COALESCE(last_session_on, DATE '0001-01-01')"],
] as const;

// Written from a generated migration: the expression indexes are beyond TypeORM (the entity marks
// them synchronize: false), and the generated down() had the column order of the old indexes wrong.
export class CaseloadKeysetIndexes1795580060392 implements MigrationInterface {
  name = 'CaseloadKeysetIndexes1795580060392';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Caseload pages are read team by team along (care_team_id, sort key, patient_id); indexes
    // without the team, or on a bare column the COALESCE sort keys cannot use, go.
    for (const name of ['last_session', 'pacs', 'injection_due', 'pdc30', 'pdc90', 'name', 'team_pdc90']) {
      await queryRunner.query(`DROP INDEX "public"."patient_summary_${name}_idx"`);
    }
    await queryRunner.query(
      `CREATE INDEX "patient_summary_team_mrn_idx" ON "patient_summary" ("care_team_id", "mrn", "patient_id")`,
    );
    for (const [name, ascending, descending] of NULLABLE_SORT_KEYS) {
      await queryRunner.query(
        `CREATE INDEX "patient_summary_team_${name}_asc_idx" ON "patient_summary" ("care_team_id", (${ascending}), "patient_id")`,
      );
      await queryRunner.query(
        `CREATE INDEX "patient_summary_team_${name}_desc_idx" ON "patient_summary" ("care_team_id", (${descending}), "patient_id")`,
      );
    }

    // The timeline's branches read (patient, when, id) newest first, the id breaking ties.
    await queryRunner.query(`DROP INDEX "public"."medication_event_patient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."naltrexone_start_patient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_patient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."therapy_session_patient_idx"`);
    await queryRunner.query(
      `CREATE INDEX "medication_event_patient_idx" ON "medication_event" ("patient_id", "occurred_on", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "naltrexone_start_patient_idx" ON "naltrexone_start" ("patient_id", "started_on", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "observation_patient_idx" ON "observation" ("patient_id", "observed_on", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "therapy_session_patient_idx" ON "therapy_session" ("patient_id", "scheduled_at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."therapy_session_patient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."observation_patient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."naltrexone_start_patient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."medication_event_patient_idx"`);
    await queryRunner.query(
      `CREATE INDEX "therapy_session_patient_idx" ON "therapy_session" ("patient_id", "scheduled_at")`,
    );
    await queryRunner.query(`CREATE INDEX "observation_patient_idx" ON "observation" ("patient_id", "observed_on")`);
    await queryRunner.query(
      `CREATE INDEX "naltrexone_start_patient_idx" ON "naltrexone_start" ("patient_id", "started_on")`,
    );
    await queryRunner.query(
      `CREATE INDEX "medication_event_patient_idx" ON "medication_event" ("patient_id", "occurred_on")`,
    );

    for (const [name] of NULLABLE_SORT_KEYS) {
      await queryRunner.query(`DROP INDEX "public"."patient_summary_team_${name}_desc_idx"`);
      await queryRunner.query(`DROP INDEX "public"."patient_summary_team_${name}_asc_idx"`);
    }
    await queryRunner.query(`DROP INDEX "public"."patient_summary_team_mrn_idx"`);
    await queryRunner.query(
      `CREATE INDEX "patient_summary_team_pdc90_idx" ON "patient_summary" ("care_team_id", "pdc90", "patient_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "patient_summary_name_idx" ON "patient_summary" ("family_name", "given_name", "patient_id")`,
    );
    await queryRunner.query(`CREATE INDEX "patient_summary_pdc90_idx" ON "patient_summary" ("pdc90", "patient_id")`);
    await queryRunner.query(`CREATE INDEX "patient_summary_pdc30_idx" ON "patient_summary" ("pdc30", "patient_id")`);
    await queryRunner.query(
      `CREATE INDEX "patient_summary_injection_due_idx" ON "patient_summary" ("injection_due_on", "patient_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "patient_summary_pacs_idx" ON "patient_summary" ("latest_pacs", "patient_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "patient_summary_last_session_idx" ON "patient_summary" ("last_session_on", "patient_id")`,
    );
  }
}
