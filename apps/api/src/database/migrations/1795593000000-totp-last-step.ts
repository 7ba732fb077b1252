import { MigrationInterface, QueryRunner } from 'typeorm';

/** The last TOTP time step each user signed in or confirmed with, so a code is accepted once only. */
export class TotpLastStep1795593000000 implements MigrationInterface {
  name = 'TotpLastStep1795593000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clinician" ADD "totp_last_step" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clinician" DROP COLUMN "totp_last_step"`);
  }
}
