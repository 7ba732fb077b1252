import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A discontinuation request may switch the patient to another medication: the kind, two reasons
 * and the patient status `switched`, with the switch's target, plan, facts and hand-off.
 * Enum values are added in place: recreating the types would rebuild every index on the status.
 */
export class MedicationSwitch1796512264530 implements MigrationInterface {
  name = 'MedicationSwitch1796512264530';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."discontinuation_kind" ADD VALUE IF NOT EXISTS 'switch'`);
    await queryRunner.query(
      `ALTER TYPE "public"."discontinuation_reason" ADD VALUE IF NOT EXISTS 'lack_of_efficacy' BEFORE 'other'`,
    );
    await queryRunner.query(
      `ALTER TYPE "public"."discontinuation_reason" ADD VALUE IF NOT EXISTS 'patient_preference' BEFORE 'other'`,
    );
    await queryRunner.query(
      `ALTER TYPE "public"."patient_status" ADD VALUE IF NOT EXISTS 'switched' BEFORE 'lost_to_follow_up'`,
    );
    await queryRunner.query(`
            ALTER TABLE "discontinuation_request"
                ALTER COLUMN "readiness_snapshot" DROP NOT NULL,
                ADD "switch_to" jsonb,
                ADD "switch_plan" text,
                ADD "switch_facts" jsonb,
                ADD "hand_off_note" text
        `);
  }

  /** PostgreSQL cannot drop an enum value; the values stay, unused once switched patients read as discontinued. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "patient" SET "status" = 'discontinued' WHERE "status" = 'switched'`);
    await queryRunner.query(`UPDATE "patient_summary" SET "status" = 'discontinued' WHERE "status" = 'switched'`);
    await queryRunner.query(`DELETE FROM "discontinuation_request" WHERE "kind" = 'switch'`);
    await queryRunner.query(`
            ALTER TABLE "discontinuation_request"
                DROP COLUMN "hand_off_note",
                DROP COLUMN "switch_facts",
                DROP COLUMN "switch_plan",
                DROP COLUMN "switch_to",
                ALTER COLUMN "readiness_snapshot" SET NOT NULL
        `);
  }
}
