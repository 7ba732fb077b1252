import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patients move between care teams on the record: each move is a transfer row, and a break-glass
 * grant keeps the team it was granted in, so the original team's lead still sees both after a move.
 * MRNs become unique per care team: a global unique index told any clinician that another team had
 * enrolled the patient (a Part 2 disclosure).
 */
export class PatientTransfers1795595000000 implements MigrationInterface {
  name = 'PatientTransfers1795595000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "break_glass_access" ADD "care_team_id" uuid`);
    await queryRunner.query(
      `UPDATE "break_glass_access" b SET "care_team_id" = p."care_team_id" FROM "patient" p WHERE p."id" = b."patient_id"`,
    );
    await queryRunner.query(`ALTER TABLE "break_glass_access" ALTER COLUMN "care_team_id" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "break_glass_access_team_idx" ON "break_glass_access" ("care_team_id", "granted_at")`,
    );
    await queryRunner.query(`
            CREATE TABLE "patient_transfer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "patient_id" uuid NOT NULL,
                "from_care_team_id" uuid NOT NULL,
                "to_care_team_id" uuid NOT NULL,
                "clinician_id" uuid NOT NULL,
                "transferred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "patient_transfer_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "patient_transfer_from_idx" ON "patient_transfer" ("from_care_team_id", "transferred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "patient_transfer_to_idx" ON "patient_transfer" ("to_care_team_id", "transferred_at")`,
    );
    await queryRunner.query(`ALTER TABLE "patient" DROP CONSTRAINT "UQ_c8bc2b0a51476455c837a10ba78"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "patient_care_team_mrn_key" ON "patient" ("care_team_id", "mrn")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Fails while two teams hold the same MRN: those records must be merged or renumbered first.
    await queryRunner.query(`DROP INDEX "public"."patient_care_team_mrn_key"`);
    await queryRunner.query(`ALTER TABLE "patient" ADD CONSTRAINT "UQ_c8bc2b0a51476455c837a10ba78" UNIQUE ("mrn")`);
    await queryRunner.query(`DROP TABLE "patient_transfer"`);
    await queryRunner.query(`DROP INDEX "public"."break_glass_access_team_idx"`);
    await queryRunner.query(`ALTER TABLE "break_glass_access" DROP COLUMN "care_team_id"`);
  }
}
