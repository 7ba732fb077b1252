import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795569310480 implements MigrationInterface {
  name = 'InitialSchema1795569310480';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "care_team" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_1214cddbfedd79c840616d36961" UNIQUE ("code"),
                CONSTRAINT "PK_60ed05831007b27a68106f5127a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."patient_status" AS ENUM(
                'referred',
                'inducting',
                'active',
                'tapering',
                'discontinued',
                'lost_to_follow_up'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "patient" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "mrn" text NOT NULL,
                "given_name" text NOT NULL,
                "family_name" text NOT NULL,
                "birth_date" date NOT NULL,
                "sex" text NOT NULL,
                "diagnoses" text array NOT NULL,
                "care_team_id" uuid NOT NULL,
                "status" "public"."patient_status" NOT NULL DEFAULT 'referred',
                "enrolled_on" date NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_c8bc2b0a51476455c837a10ba78" UNIQUE ("mrn"),
                CONSTRAINT "PK_8dfa510bb29ad31ab2139fbfb99" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "patient_care_team_family_name_idx" ON "patient" ("care_team_id", "family_name", "given_name")
        `);
    await queryRunner.query(`
            ALTER TABLE "patient"
            ADD CONSTRAINT "FK_b63062fa2cc34d73b60b25aba77" FOREIGN KEY ("care_team_id") REFERENCES "care_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "patient" DROP CONSTRAINT "FK_b63062fa2cc34d73b60b25aba77"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."patient_care_team_family_name_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "patient"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."patient_status"
        `);
    await queryRunner.query(`
            DROP TABLE "care_team"
        `);
  }
}
