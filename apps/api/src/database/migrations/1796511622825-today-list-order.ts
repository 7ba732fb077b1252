import { MigrationInterface, QueryRunner } from 'typeorm';

/** The stopped list's day: the last day naltrexone is known to have been taken, as the flag counts it. */
const STOPPED_DAY = 'GREATEST("last_oral_dose_on", "covered_through", "injection_last_on")';
/** Patients whose next injection the Today page lists. */
const ON_XR = `"formulation" = 'xr_injection' AND "status" IN ('inducting', 'active', 'tapering')`;

/**
 * Today's lists read each team's rows in the order they are shown and stop at the page: the
 * patient joins the indexes so that ties on a day need no sort of the whole day, injections due
 * and pending requests get indexes of their own.
 */
export class TodayListOrder1796511622825 implements MigrationInterface {
  name = 'TodayListOrder1796511622825';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_not_started_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_pacs_on_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_positive_screen_idx"
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_not_started_idx" ON "patient_summary" ("care_team_id", "started_on", "patient_id")
            WHERE 'not_started' = ANY("flags")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_pacs_on_idx" ON "patient_summary" ("care_team_id", "latest_pacs_on", "patient_id")
            WHERE "latest_pacs_on" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_positive_screen_idx" ON "patient_summary" (
                "care_team_id",
                "last_positive_screen_on",
                "patient_id"
            )
            WHERE "last_positive_screen_on" IS NOT NULL
        `);
    await queryRunner.query(`DROP INDEX "public"."patient_summary_team_stopped_idx"`);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_stopped_idx" ON "patient_summary" ("care_team_id", (${STOPPED_DAY}), "patient_id")
            WHERE 'stopped_without_approval' = ANY("flags")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_injection_due_today_idx" ON "patient_summary" ("care_team_id", "injection_due_on", "patient_id")
            WHERE ${ON_XR}
        `);
    await queryRunner.query(`
            CREATE INDEX "discontinuation_request_pending_idx" ON "discontinuation_request" ("created_at", "id")
            WHERE "status" = 'pending'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."discontinuation_request_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."patient_summary_team_injection_due_today_idx"`);
    await queryRunner.query(`DROP INDEX "public"."patient_summary_team_stopped_idx"`);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_stopped_idx" ON "patient_summary" ("care_team_id", "patient_id")
            WHERE 'stopped_without_approval' = ANY("flags")
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
            CREATE INDEX "patient_summary_team_positive_screen_idx" ON "patient_summary" USING btree ("care_team_id", "last_positive_screen_on")
            WHERE (last_positive_screen_on IS NOT NULL)
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_pacs_on_idx" ON "patient_summary" USING btree ("care_team_id", "latest_pacs_on")
            WHERE (latest_pacs_on IS NOT NULL)
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_not_started_idx" ON "patient_summary" USING btree ("care_team_id", "started_on")
            WHERE ('not_started'::text = ANY (flags))
        `);
  }
}
