import { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamLeadApproval1795577215133 implements MigrationInterface {
  name = 'TeamLeadApproval1795577215133';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "care_team"
            ADD "require_lead_approval" boolean NOT NULL DEFAULT false
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "care_team" DROP COLUMN "require_lead_approval"
        `);
  }
}
