import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether an admin must set up a second factor is decided at each request from their roles, not kept per session. */
export class SessionDropTotpSetup1795598000000 implements MigrationInterface {
  name = 'SessionDropTotpSetup1795598000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "totp_setup_required"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" ADD "totp_setup_required" boolean NOT NULL DEFAULT false`);
  }
}
