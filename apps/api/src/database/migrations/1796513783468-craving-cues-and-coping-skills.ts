import { MigrationInterface, QueryRunner } from 'typeorm';

export class CravingCuesAndCopingSkills1796513783468 implements MigrationInterface {
  name = 'CravingCuesAndCopingSkills1796513783468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "observation"
            ADD "cues" text array
        `);
    await queryRunner.query(`
            ALTER TABLE "observation"
            ADD "cue_note" text
        `);
    await queryRunner.query(`
            ALTER TABLE "therapy_session"
            ADD "coping_skills" text array
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "therapy_session" DROP COLUMN "coping_skills"
        `);
    await queryRunner.query(`
            ALTER TABLE "observation" DROP COLUMN "cue_note"
        `);
    await queryRunner.query(`
            ALTER TABLE "observation" DROP COLUMN "cues"
        `);
  }
}
