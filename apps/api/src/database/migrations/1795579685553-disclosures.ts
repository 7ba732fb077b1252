import { MigrationInterface, QueryRunner } from 'typeorm';

export class Disclosures1795579685553 implements MigrationInterface {
  name = 'Disclosures1795579685553';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "disclosure" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "disclosed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "disclosed_by" uuid NOT NULL,
                "recipient" text,
                "purpose" text,
                "format" text NOT NULL,
                "period_from" date NOT NULL,
                "period_to" date NOT NULL,
                "care_team_id" uuid,
                "patient_count" integer NOT NULL,
                CONSTRAINT "PK_b8eace3be471f4a07b7fce9f4d6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "disclosure_disclosed_at_idx" ON "disclosure" ("disclosed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "disclosure_patient" (
                "disclosure_id" uuid NOT NULL,
                "patient_id" uuid NOT NULL,
                CONSTRAINT "PK_2efa8d0da2b92a34ab8d880238e" PRIMARY KEY ("disclosure_id", "patient_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "disclosure_patient_patient_idx" ON "disclosure_patient" ("patient_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosure_patient"
            ADD CONSTRAINT "FK_a06cad4876ef02226087649ca96" FOREIGN KEY ("disclosure_id") REFERENCES "disclosure"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "disclosure_patient" DROP CONSTRAINT "FK_a06cad4876ef02226087649ca96"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."disclosure_patient_patient_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "disclosure_patient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."disclosure_disclosed_at_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "disclosure"
        `);
  }
}
