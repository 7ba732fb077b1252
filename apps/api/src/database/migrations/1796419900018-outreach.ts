import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From flag to action: outreach tasks and their attempts, each team's rules for opening a task when
 * a flag appears, flags acknowledged until a day, and the items a team's case review discussed.
 */
export class Outreach1796419900018 implements MigrationInterface {
  name = 'Outreach1796419900018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "case_review_item" (
                "patient_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "care_team_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "review_on" date NOT NULL,
                "decision_note" text NOT NULL,
                "discussed_by" uuid NOT NULL,
                "discussed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "case_review_item_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "case_review_item_patient_idx" ON "case_review_item" ("patient_id", "discussed_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "case_review_item_key" ON "case_review_item" (
                "care_team_id",
                "review_on",
                "patient_id",
                "kind"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "flag_acknowledgement" (
                "patient_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "flag" text NOT NULL,
                "reason" text NOT NULL,
                "until_on" date NOT NULL,
                "acknowledged_by" uuid NOT NULL,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "flag_acknowledgement_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "flag_acknowledgement_patient_idx" ON "flag_acknowledgement" ("patient_id", "flag", "until_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."outreach_task_status" AS ENUM('open', 'done')
        `);
    await queryRunner.query(`
            CREATE TABLE "outreach_task" (
                "patient_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reason" text NOT NULL,
                "status" "public"."outreach_task_status" NOT NULL DEFAULT 'open',
                "assignee_id" uuid NOT NULL,
                "due_on" date NOT NULL,
                "note" text,
                "opened_by" uuid,
                "opened_on" date NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolution" text,
                "resolution_note" text,
                "resolved_by" uuid,
                "resolved_on" date,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "cleared_by_kind" text,
                "cleared_by_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "outreach_task_done_check" CHECK (("status" = 'done') = ("resolution" IS NOT NULL)),
                CONSTRAINT "outreach_task_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outreach_task_opened_on_idx" ON "outreach_task" ("opened_on", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "outreach_task_patient_idx" ON "outreach_task" ("patient_id", "opened_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "outreach_task_assignee_open_idx" ON "outreach_task" ("assignee_id", "due_on", "id")
            WHERE "status" = 'open'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "outreach_task_open_reason_key" ON "outreach_task" ("patient_id", "reason")
            WHERE "status" = 'open'
        `);
    await queryRunner.query(`
            CREATE TABLE "outreach_attempt" (
                "patient_id" uuid NOT NULL,
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "task_id" uuid NOT NULL,
                "channel" text NOT NULL,
                "outcome" text NOT NULL,
                "note" text,
                "next_attempt_on" date,
                "attempted_by" uuid NOT NULL,
                "attempted_on" date NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "outreach_attempt_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outreach_attempt_patient_idx" ON "outreach_attempt" ("patient_id", "attempted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "outreach_attempt_task_idx" ON "outreach_attempt" ("task_id", "attempted_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "outreach_rule" (
                "care_team_id" uuid NOT NULL,
                "flag" text NOT NULL,
                "enabled" boolean NOT NULL,
                "assignee_role" "public"."clinician_role" NOT NULL,
                "due_in_days" integer NOT NULL,
                "updated_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "outreach_rule_due_check" CHECK (
                    "due_in_days" BETWEEN 0 AND 30
                ),
                CONSTRAINT "outreach_rule_pkey" PRIMARY KEY ("care_team_id", "flag")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "case_review_item"
            ADD CONSTRAINT "FK_f4f8cccd08edb820b472c7f14df" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "flag_acknowledgement"
            ADD CONSTRAINT "FK_6b7ed326815aff5c290f9802282" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "outreach_task"
            ADD CONSTRAINT "FK_d21280fe8fefacbfaa70e0bc940" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "outreach_attempt"
            ADD CONSTRAINT "FK_f05f3336993786b2a4864d373c2" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "outreach_attempt"
            ADD CONSTRAINT "FK_9e75fcde757775c27875707c0ab" FOREIGN KEY ("task_id") REFERENCES "outreach_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "outreach_attempt" DROP CONSTRAINT "FK_9e75fcde757775c27875707c0ab"
        `);
    await queryRunner.query(`
            ALTER TABLE "outreach_attempt" DROP CONSTRAINT "FK_f05f3336993786b2a4864d373c2"
        `);
    await queryRunner.query(`
            ALTER TABLE "outreach_task" DROP CONSTRAINT "FK_d21280fe8fefacbfaa70e0bc940"
        `);
    await queryRunner.query(`
            ALTER TABLE "flag_acknowledgement" DROP CONSTRAINT "FK_6b7ed326815aff5c290f9802282"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_review_item" DROP CONSTRAINT "FK_f4f8cccd08edb820b472c7f14df"
        `);
    await queryRunner.query(`
            DROP TABLE "outreach_rule"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outreach_attempt_task_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outreach_attempt_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "outreach_attempt"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outreach_task_open_reason_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outreach_task_assignee_open_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outreach_task_patient_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outreach_task_opened_on_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "outreach_task"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."outreach_task_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."flag_acknowledgement_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "flag_acknowledgement"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_review_item_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_review_item_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "case_review_item"
        `);
  }
}
