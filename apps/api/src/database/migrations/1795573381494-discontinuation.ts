import { MigrationInterface, QueryRunner } from 'typeorm';

export class Discontinuation1795573381494 implements MigrationInterface {
  name = 'Discontinuation1795573381494';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "discontinuation_decision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "clinician_id" uuid NOT NULL,
                "decision" text NOT NULL,
                "roles" text array NOT NULL,
                "comment" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f488d2fbb1b474228ab411e85b7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "discontinuation_decision_once_key" ON "discontinuation_decision" ("request_id", "clinician_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."discontinuation_kind" AS ENUM('taper', 'stop')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."discontinuation_reason" AS ENUM(
                'clinical_stability',
                'patient_request',
                'adverse_effect',
                'pregnancy',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."discontinuation_status" AS ENUM(
                'pending',
                'approved',
                'rejected',
                'withdrawn',
                'in_taper',
                'completed'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "discontinuation_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "kind" "public"."discontinuation_kind" NOT NULL,
                "reason_code" "public"."discontinuation_reason" NOT NULL,
                "reason" text NOT NULL,
                "effective_on" date NOT NULL,
                "plan" jsonb NOT NULL DEFAULT '[]',
                "status" "public"."discontinuation_status" NOT NULL DEFAULT 'pending',
                "proposed_by" uuid NOT NULL,
                "readiness_snapshot" jsonb NOT NULL,
                "required_approvals" jsonb NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "started_on" date,
                "completed_on" date,
                "naloxone_kit_provided" boolean,
                "overdose_risk_counselled" boolean,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0361ad04d3cbd4112b13abfc289" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "discontinuation_request_status_idx" ON "discontinuation_request" ("status", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "discontinuation_request_patient_idx" ON "discontinuation_request" ("patient_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "stop_resolution" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "resolution" text NOT NULL,
                "note" text,
                "resolved_on" date NOT NULL,
                "resolved_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5c9c9a701de89b81c840b7242ac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "stop_resolution_patient_idx" ON "stop_resolution" ("patient_id", "resolved_on")
        `);
    await queryRunner.query(`
            ALTER TABLE "discontinuation_request"
            ADD CONSTRAINT "FK_72c998f4cb9a7a6b33cf3ef001f" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "discontinuation_request" DROP CONSTRAINT "FK_72c998f4cb9a7a6b33cf3ef001f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."stop_resolution_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "stop_resolution"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discontinuation_request_patient_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discontinuation_request_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "discontinuation_request"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."discontinuation_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."discontinuation_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."discontinuation_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."discontinuation_decision_once_key"
        `);
    await queryRunner.query(`
            DROP TABLE "discontinuation_decision"
        `);
  }
}
