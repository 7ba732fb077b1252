import { MigrationInterface, QueryRunner } from 'typeorm';

/** Safety assessments, and the Today list of patients whose positive PHQ-9 item 9 awaits one. */
export class SafetyAssessment1796513787343 implements MigrationInterface {
  name = 'SafetyAssessment1796513787343';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."safety_outcome" AS ENUM(
                'no_current_risk',
                'low',
                'moderate',
                'high',
                'referred_emergency'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "safety_assessment" (
                "patient_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessed_on" date NOT NULL,
                "outcome" "public"."safety_outcome" NOT NULL,
                "plan" text NOT NULL,
                "assessed_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a75c6f415fcb34cbb79d8b1a19" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "safety_assessment_patient_idx" ON "safety_assessment" ("patient_id", "assessed_on", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_suicide_risk_idx" ON "patient_summary" ("care_team_id", "family_name", "given_name", "patient_id")
            WHERE 'suicide_risk' = ANY("flags")
        `);
    await queryRunner.query(`
            ALTER TABLE "safety_assessment"
            ADD CONSTRAINT "FK_0adeb8ae96abd765df87e196898" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "safety_assessment" DROP CONSTRAINT "FK_0adeb8ae96abd765df87e196898"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_suicide_risk_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."safety_assessment_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "safety_assessment"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."safety_outcome"
        `);
  }
}
