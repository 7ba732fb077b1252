import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportJobs1795579282696 implements MigrationInterface {
  name = 'ExportJobs1795579282696';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."export_job_status" AS ENUM('queued', 'running', 'done', 'failed')
        `);
    await queryRunner.query(`
            CREATE TABLE "export_job" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "requested_by" uuid NOT NULL,
                "query" jsonb NOT NULL,
                "format" text NOT NULL,
                "status" "public"."export_job_status" NOT NULL DEFAULT 'queued',
                "rows_done" integer NOT NULL DEFAULT '0',
                "rows_total" integer,
                "patients_total" integer,
                "attempts" smallint NOT NULL DEFAULT '0',
                "worker_id" text,
                "lease_expires_at" TIMESTAMP WITH TIME ZONE,
                "error_code" text,
                "error_message" text,
                "content_type" text,
                "file_name" text,
                "byte_size" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_2edcb6f1780d22e5a9f2f29f466" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "export_job_expires_idx" ON "export_job" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "export_job_claim_idx" ON "export_job" ("status", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "export_job_requester_idx" ON "export_job" ("requested_by", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "export_chunk" (
                "job_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "data" bytea NOT NULL,
                CONSTRAINT "PK_0a4e341e64d76ba25768c5ef555" PRIMARY KEY ("job_id", "seq")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "export_job"
            ADD CONSTRAINT "FK_f20f87e42d3b74269ff224216c1" FOREIGN KEY ("requested_by") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "export_chunk"
            ADD CONSTRAINT "FK_7bc1b755675b516bdec67fbc834" FOREIGN KEY ("job_id") REFERENCES "export_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "export_chunk" DROP CONSTRAINT "FK_7bc1b755675b516bdec67fbc834"
        `);
    await queryRunner.query(`
            ALTER TABLE "export_job" DROP CONSTRAINT "FK_f20f87e42d3b74269ff224216c1"
        `);
    await queryRunner.query(`
            DROP TABLE "export_chunk"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."export_job_requester_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."export_job_claim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."export_job_expires_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "export_job"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."export_job_status"
        `);
  }
}
