import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the Today page: a day's sessions, recent signals per team, and the patients of two flags per team. */
export class TodayIndexes1796420373022 implements MigrationInterface {
  name = 'TodayIndexes1796420373022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_stopped_idx" ON "patient_summary" ("care_team_id", "patient_id")
            WHERE 'stopped_without_approval' = ANY("flags")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_not_started_idx" ON "patient_summary" ("care_team_id", "started_on")
            WHERE 'not_started' = ANY("flags")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_pacs_on_idx" ON "patient_summary" ("care_team_id", "latest_pacs_on")
            WHERE "latest_pacs_on" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_positive_screen_idx" ON "patient_summary" ("care_team_id", "last_positive_screen_on")
            WHERE "last_positive_screen_on" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "therapy_session_day_idx" ON "therapy_session" ("scheduled_on", "clinician_id", "scheduled_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."therapy_session_day_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_positive_screen_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_pacs_on_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_not_started_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_stopped_idx"
        `);
  }
}
