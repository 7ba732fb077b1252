import { MigrationInterface, QueryRunner } from 'typeorm';

export class ObservationInstruments1796512444150 implements MigrationInterface {
  name = 'ObservationInstruments1796512444150';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "observation"
            ADD "score" jsonb
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."observation_kind"
            ADD VALUE 'phq9'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."observation_kind"
            ADD VALUE 'gad7'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."observation_kind"
            ADD VALUE 'audit_c'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."observation_kind"
            ADD VALUE 'bam'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."observation_kind_old" AS ENUM(
                'pacs',
                'craving_vas',
                'uds',
                'breath_alcohol',
                'drinks',
                'self_reported_use'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "observation"
            ALTER COLUMN "kind" TYPE "public"."observation_kind_old" USING "kind"::"text"::"public"."observation_kind_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."observation_kind"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."observation_kind_old"
            RENAME TO "observation_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "observation" DROP COLUMN "score"
        `);
  }
}
