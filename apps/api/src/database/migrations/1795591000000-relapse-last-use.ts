import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A relapse is an episode from its onset to its last day of use. A clinician may state the last
 * day of use of a relapse they record, and each caseload row keeps the last day of use of the
 * current course's relapses and whether one is ongoing (readiness counts from the last use).
 */
export class RelapseLastUse1795591000000 implements MigrationInterface {
  name = 'RelapseLastUse1795591000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "relapse_event" ADD "last_use_on" date`);
    await queryRunner.query(
      `ALTER TABLE "relapse_event" ADD CONSTRAINT "relapse_event_last_use_check" CHECK (last_use_on IS NULL OR last_use_on >= onset_on)`,
    );
    await queryRunner.query(`ALTER TABLE "patient_summary" ADD "last_relapse_use_on" date`);
    await queryRunner.query(`ALTER TABLE "patient_summary" ADD "relapse_ongoing" boolean NOT NULL DEFAULT false`);
    // The new columns, and the flags under the episode rules, can only be computed by the domain:
    // marking every row as computed long ago makes the summary refresher, which runs as the app
    // starts, rebuild them all.
    await queryRunner.query(`UPDATE "patient_summary" SET "as_of" = DATE '1970-01-01'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "patient_summary" DROP COLUMN "relapse_ongoing"`);
    await queryRunner.query(`ALTER TABLE "patient_summary" DROP COLUMN "last_relapse_use_on"`);
    await queryRunner.query(`ALTER TABLE "relapse_event" DROP CONSTRAINT "relapse_event_last_use_check"`);
    await queryRunner.query(`ALTER TABLE "relapse_event" DROP COLUMN "last_use_on"`);
  }
}
