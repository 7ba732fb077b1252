import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload row keeps the patient's last visit (a session attended, a dose given in clinic), so
 * Today's new signals are read from the row alone rather than looking for a dose per signal.
 */
export class PatientLastVisit1796575644332 implements MigrationInterface {
  name = 'PatientLastVisit1796575644332';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "patient_summary"
            ADD "last_visit_on" date
        `);
    // As the rebuild computes it, up to the day the row was computed.
    await queryRunner.query(`
            UPDATE "patient_summary" s
            SET "last_visit_on" = GREATEST(s."last_session_on", (
                    SELECT max(m."occurred_on") FROM "medication_event" m
                    WHERE m."patient_id" = s."patient_id" AND m."kind" = 'administered' AND m."occurred_on" <= s."as_of"
                ))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "patient_summary" DROP COLUMN "last_visit_on"
        `);
  }
}
