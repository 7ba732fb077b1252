import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API token expires: those without an expiry get 90 days from now. Export jobs keep the ids
 * of the patients their file holds, so a download can check the requester may still see each one
 * and every consent of a disclosure still holds; finished files written before that have no list
 * and expire now (the worker deletes them; they can be asked for again).
 */
export class TokenExpiryExportPatients1795596000000 implements MigrationInterface {
  name = 'TokenExpiryExportPatients1795596000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "api_token" SET "expires_at" = now() + interval '90 days' WHERE "expires_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "api_token" ALTER COLUMN "expires_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "export_job" ADD "patient_ids" uuid array`);
    await queryRunner.query(`UPDATE "export_job" SET "expires_at" = now() WHERE "status" = 'done'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_job" DROP COLUMN "patient_ids"`);
    await queryRunner.query(`ALTER TABLE "api_token" ALTER COLUMN "expires_at" DROP NOT NULL`);
  }
}
