import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload row keeps the medication a switched patient is on now and the program prescribing it
 * (null when this team does); rows of patients already switched are filled from their completed switch.
 */
export class CaseloadSwitchTarget1796523642639 implements MigrationInterface {
  name = 'CaseloadSwitchTarget1796523642639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."switch_medication" AS ENUM(
                'buprenorphine',
                'methadone',
                'acamprosate',
                'disulfiram',
                'other'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_summary"
            ADD "switched_to" "public"."switch_medication"
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_summary"
            ADD "switched_to_program" text
        `);
    await queryRunner.query(`
            UPDATE "patient_summary" s
               SET ("switched_to", "switched_to_program") = (
                     SELECT (r.switch_to ->> 'medication')::"public"."switch_medication",
                            CASE WHEN r.switch_to ->> 'prescribedBy' = 'other_program' THEN r.switch_to ->> 'program' END
                       FROM "discontinuation_request" r
                      WHERE r.patient_id = s.patient_id AND r.kind = 'switch' AND r.status = 'completed'
                      ORDER BY r.completed_on DESC, r.created_at DESC
                      LIMIT 1)
             WHERE s.status = 'switched'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "patient_summary" DROP COLUMN "switched_to_program"
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_summary" DROP COLUMN "switched_to"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."switch_medication"
        `);
  }
}
