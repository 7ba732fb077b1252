import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAccessAudit1795571552470 implements MigrationInterface {
  name = 'IdentityAccessAudit1795571552470';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."audit_outcome" AS ENUM('success', 'denied', 'failure')
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "seq" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "actor_label" text,
                "action" text NOT NULL,
                "resource_type" text,
                "resource_id" text,
                "patient_id" uuid,
                "outcome" "public"."audit_outcome" NOT NULL,
                "status_code" smallint,
                "ip" text,
                "request_id" text,
                "detail" jsonb,
                "prev_hash" text NOT NULL,
                "hash" text NOT NULL,
                CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_event_occurred_idx" ON "audit_event" ("occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_event_actor_idx" ON "audit_event" ("actor_id", "seq")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_event_patient_idx" ON "audit_event" ("patient_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "api_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "clinician_id" uuid NOT NULL,
                "name" text NOT NULL,
                "token_hash" text NOT NULL,
                "prefix" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "api_token_hash_key" ON "api_token" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "api_token_clinician_idx" ON "api_token" ("clinician_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "break_glass_access" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "clinician_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_44e3a3b4c281ed2b7d43318069f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "break_glass_access_lookup_idx" ON "break_glass_access" ("clinician_id", "patient_id", "expires_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "rate_limit" (
                "key" text NOT NULL,
                "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hits" integer NOT NULL,
                CONSTRAINT "PK_e6c0c0608decdf78e4d4b263397" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "session" (
                "token_hash" text NOT NULL,
                "clinician_id" uuid NOT NULL,
                "csrf_token" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "ip" text,
                "totp_setup_required" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "session_clinician_idx" ON "session" ("clinician_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "consent" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "recipient" text NOT NULL,
                "purpose" text NOT NULL,
                "scope" text array NOT NULL,
                "effective_on" date NOT NULL,
                "expires_on" date NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_by" uuid,
                "recorded_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "consent_patient_idx" ON "consent" ("patient_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "clinician"
            ADD "password_hash" text
        `);
    await queryRunner.query(`
            ALTER TABLE "clinician"
            ADD "totp_secret" text
        `);
    await queryRunner.query(`
            ALTER TABLE "clinician"
            ADD "totp_enabled" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token"
            ADD CONSTRAINT "FK_de1e3b3f3c26e5d4aa2565e9856" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_c68a3970b4559e289d7af02a17a" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Written by hand: the audit trail is append-only for everyone short of the table's owner
    // disabling this trigger, which the chain verifier then catches.
    await queryRunner.query(`
            CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_c68a3970b4559e289d7af02a17a"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token" DROP CONSTRAINT "FK_de1e3b3f3c26e5d4aa2565e9856"
        `);
    await queryRunner.query(`
            ALTER TABLE "clinician" DROP COLUMN "totp_enabled"
        `);
    await queryRunner.query(`
            ALTER TABLE "clinician" DROP COLUMN "totp_secret"
        `);
    await queryRunner.query(`
            ALTER TABLE "clinician" DROP COLUMN "password_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."consent_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "consent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."session_clinician_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "session"
        `);
    await queryRunner.query(`
            DROP TABLE "rate_limit"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."break_glass_access_lookup_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "break_glass_access"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."api_token_clinician_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."api_token_hash_key"
        `);
    await queryRunner.query(`
            DROP TABLE "api_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_event_patient_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_event_actor_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_event_occurred_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."audit_outcome"
        `);
  }
}
