import { MigrationInterface, QueryRunner } from 'typeorm';

/** Today's approvals for a lead who is neither prescriber nor therapist: the pending requests that need a lead. */
export class TodayLeadApprovals1796524125417 implements MigrationInterface {
  name = 'TodayLeadApprovals1796524125417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "discontinuation_request_pending_lead_idx" ON "discontinuation_request" ("created_at", "id")
            WHERE "status" = 'pending'
                AND "required_approvals" @> '[{"role": "team_lead"}]'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."discontinuation_request_pending_lead_idx"
        `);
  }
}
