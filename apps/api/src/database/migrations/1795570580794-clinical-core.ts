import { MigrationInterface, QueryRunner } from 'typeorm';

// Edited after generation: TypeORM wrote CREATE/DROP TYPE "formulation" once per table that
// uses the shared enum; it is created once here and dropped after its last table.
export class ClinicalCore1795570580794 implements MigrationInterface {
  name = 'ClinicalCore1795570580794';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."formulation" AS ENUM('oral', 'xr_injection')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."injection_status" AS ENUM('none', 'on_time', 'due_soon', 'late', 'overdue')
        `);
    await queryRunner.query(`
            CREATE TABLE "patient_summary" (
                "patient_id" uuid NOT NULL,
                "care_team_id" uuid NOT NULL,
                "status" "public"."patient_status" NOT NULL,
                "family_name" text NOT NULL,
                "given_name" text NOT NULL,
                "mrn" text NOT NULL,
                "as_of" date NOT NULL,
                "formulation" "public"."formulation",
                "started_on" date,
                "days_on_naltrexone" integer,
                "pdc30" numeric(5, 4),
                "pdc90" numeric(5, 4),
                "last_dose_on" date,
                "last_oral_dose_on" date,
                "injection_last_on" date,
                "injection_due_on" date,
                "injection_status" "public"."injection_status" NOT NULL,
                "covered_through" date,
                "attendance_rate_90" numeric(5, 4),
                "last_session_on" date,
                "no_shows_in_a_row" integer NOT NULL DEFAULT '0',
                "latest_pacs" smallint,
                "latest_pacs_on" date,
                "last_positive_screen_on" date,
                "relapse_count" integer NOT NULL DEFAULT '0',
                "last_relapse_on" date,
                "early_relapse" boolean NOT NULL DEFAULT false,
                "flags" text array NOT NULL DEFAULT '{}',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8c9abaf3664f2a4283953d78d59" PRIMARY KEY ("patient_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_as_of_idx" ON "patient_summary" ("as_of")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_last_session_idx" ON "patient_summary" ("last_session_on", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_pacs_idx" ON "patient_summary" ("latest_pacs", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_injection_due_idx" ON "patient_summary" ("injection_due_on", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_pdc30_idx" ON "patient_summary" ("pdc30", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_pdc90_idx" ON "patient_summary" ("pdc90", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_name_idx" ON "patient_summary" ("family_name", "given_name", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_pdc90_idx" ON "patient_summary" ("care_team_id", "pdc90", "patient_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_summary_team_name_idx" ON "patient_summary" (
                "care_team_id",
                "family_name",
                "given_name",
                "patient_id"
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."clinician_role" AS ENUM(
                'prescriber',
                'therapist',
                'nurse',
                'team_lead',
                'admin',
                'auditor'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "clinician" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "roles" "public"."clinician_role" array NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_e9f2ef0fc3148a41943283ecaf3" UNIQUE ("email"),
                CONSTRAINT "PK_bc0bf6d15f5134c7a201601acfa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "care_team_membership" (
                "care_team_id" uuid NOT NULL,
                "clinician_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5f5ef03311710d0a6be45b80c68" PRIMARY KEY ("care_team_id", "clinician_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "care_team_membership_clinician_idx" ON "care_team_membership" ("clinician_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."medication_event_kind" AS ENUM(
                'dispensed',
                'administered',
                'taken',
                'missed',
                'refused'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "medication_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "kind" "public"."medication_event_kind" NOT NULL,
                "formulation" "public"."formulation" NOT NULL,
                "occurred_on" date NOT NULL,
                "days_supply" integer,
                "dose_mg" numeric(7, 2),
                "observed" boolean,
                "lot" text,
                "site" text,
                "note" text,
                "recorded_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "medication_event_days_supply_check" CHECK (
                    days_supply IS NULL
                    OR days_supply BETWEEN 1 AND 365
                ),
                CONSTRAINT "PK_1a0c528ca6d6520cdef2a58c269" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "medication_event_patient_idx" ON "medication_event" ("patient_id", "occurred_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "naltrexone_start" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "formulation" "public"."formulation" NOT NULL,
                "dose_mg" numeric(7, 2) NOT NULL,
                "started_on" date NOT NULL,
                "last_opioid_use_on" date,
                "prior_agonist" text,
                "naloxone_challenge" text,
                "opioid_screen" text,
                "lft" jsonb,
                "overridden_failures" jsonb NOT NULL DEFAULT '[]',
                "override_reason" text,
                "is_reinduction" boolean NOT NULL DEFAULT false,
                "started_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b10407a9f04b32d8ab0f88fba64" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "naltrexone_start_patient_idx" ON "naltrexone_start" ("patient_id", "started_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."observation_kind" AS ENUM(
                'pacs',
                'craving_vas',
                'uds',
                'breath_alcohol',
                'drinks',
                'self_reported_use'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "observation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "kind" "public"."observation_kind" NOT NULL,
                "observed_on" date NOT NULL,
                "items" smallint array,
                "value" numeric(8, 3),
                "results" jsonb,
                "substance" text,
                "recorded_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "observation_value_check" CHECK (
                    value IS NULL
                    OR value >= 0
                ),
                CONSTRAINT "PK_77a736edc631a400b788ce302cb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "observation_patient_idx" ON "observation" ("patient_id", "observed_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."relapse_source" AS ENUM('detected', 'recorded')
        `);
    await queryRunner.query(`
            CREATE TABLE "relapse_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "onset_on" date NOT NULL,
                "substance" text NOT NULL,
                "source" "public"."relapse_source" NOT NULL,
                "rule" text,
                "early" boolean NOT NULL,
                "note" text,
                "confirmed_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3c55a0d619c04769c03d46a1b0d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "relapse_event_patient_onset_key" ON "relapse_event" ("patient_id", "substance", "onset_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."session_type" AS ENUM(
                'individual',
                'group',
                'family',
                'medication_management',
                'intake'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."session_status" AS ENUM(
                'scheduled',
                'attended',
                'late',
                'no_show',
                'cancelled_by_patient',
                'cancelled_by_clinic'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "therapy_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "scheduled_on" date NOT NULL,
                "type" "public"."session_type" NOT NULL,
                "modality" text,
                "clinician_id" uuid,
                "status" "public"."session_status" NOT NULL DEFAULT 'scheduled',
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e93fdabd0275685d8e6f7d288dc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "therapy_session_patient_idx" ON "therapy_session" ("patient_id", "scheduled_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_summary"
            ADD CONSTRAINT "FK_8c9abaf3664f2a4283953d78d59" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "care_team_membership"
            ADD CONSTRAINT "FK_488336b911ecdcb048dbf803e5d" FOREIGN KEY ("care_team_id") REFERENCES "care_team"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "care_team_membership"
            ADD CONSTRAINT "FK_f302a7e87a47f57f27083510d04" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "medication_event"
            ADD CONSTRAINT "FK_21682cdf1197df6412c6f9001f3" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "naltrexone_start"
            ADD CONSTRAINT "FK_872f1352b74b1ae17cc0a2798ba" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "observation"
            ADD CONSTRAINT "FK_77a992baeeef16fe1e1a2611a25" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relapse_event"
            ADD CONSTRAINT "FK_8cd28162ba7e9f538697ce3600f" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "therapy_session"
            ADD CONSTRAINT "FK_fc63f52e5e4fc3e1826f64f14a7" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "therapy_session"
            ADD CONSTRAINT "FK_6ea266ff40cab44fa9d40fc6dca" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_6ea266ff40cab44fa9d40fc6dca"
        `);
    await queryRunner.query(`
            ALTER TABLE "therapy_session" DROP CONSTRAINT "FK_fc63f52e5e4fc3e1826f64f14a7"
        `);
    await queryRunner.query(`
            ALTER TABLE "relapse_event" DROP CONSTRAINT "FK_8cd28162ba7e9f538697ce3600f"
        `);
    await queryRunner.query(`
            ALTER TABLE "observation" DROP CONSTRAINT "FK_77a992baeeef16fe1e1a2611a25"
        `);
    await queryRunner.query(`
            ALTER TABLE "naltrexone_start" DROP CONSTRAINT "FK_872f1352b74b1ae17cc0a2798ba"
        `);
    await queryRunner.query(`
            ALTER TABLE "medication_event" DROP CONSTRAINT "FK_21682cdf1197df6412c6f9001f3"
        `);
    await queryRunner.query(`
            ALTER TABLE "care_team_membership" DROP CONSTRAINT "FK_f302a7e87a47f57f27083510d04"
        `);
    await queryRunner.query(`
            ALTER TABLE "care_team_membership" DROP CONSTRAINT "FK_488336b911ecdcb048dbf803e5d"
        `);
    await queryRunner.query(`
            ALTER TABLE "patient_summary" DROP CONSTRAINT "FK_8c9abaf3664f2a4283953d78d59"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."therapy_session_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "therapy_session"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relapse_event_patient_onset_key"
        `);
    await queryRunner.query(`
            DROP TABLE "relapse_event"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relapse_source"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."observation_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "observation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."observation_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."naltrexone_start_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "naltrexone_start"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."medication_event_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "medication_event"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."medication_event_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."care_team_membership_clinician_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "care_team_membership"
        `);
    await queryRunner.query(`
            DROP TABLE "clinician"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."clinician_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_name_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_team_pdc90_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_name_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_pdc90_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_pdc30_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_injection_due_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_pacs_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_last_session_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_summary_as_of_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "patient_summary"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."injection_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."formulation"
        `);
  }
}
