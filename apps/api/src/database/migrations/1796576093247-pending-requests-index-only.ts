import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = '"created_at", "id", "patient_id", "proposed_by", "kind", "required_approvals"';
const PENDING = `"status" = 'pending'`;
const NEEDS_LEAD = `"required_approvals" @> '[{"role": "team_lead"}]'`;

/** Today's approvals read the pending requests from their indexes alone: the indexes carry the columns read. */
export class PendingRequestsIndexOnly1796576093247 implements MigrationInterface {
  name = 'PendingRequestsIndexOnly1796576093247';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.index(queryRunner, COLUMNS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.index(queryRunner, '"created_at", "id"');
  }

  private async index(queryRunner: QueryRunner, columns: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."discontinuation_request_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."discontinuation_request_pending_lead_idx"`);
    await queryRunner.query(
      `CREATE INDEX "discontinuation_request_pending_idx" ON "discontinuation_request" (${columns}) WHERE ${PENDING}`,
    );
    await queryRunner.query(
      `CREATE INDEX "discontinuation_request_pending_lead_idx" ON "discontinuation_request" (${columns})
         WHERE ${PENDING} AND ${NEEDS_LEAD}`,
    );
  }
}
