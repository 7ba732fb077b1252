import { MigrationInterface, QueryRunner } from 'typeorm';

/** A summary row's counter keys: its team, status and shard, once for all ('') and once per flag. */
const KEYS_OF = (rows: string) => `
  SELECT r.care_team_id, r.status, k.flag, (abs(hashtext(r.patient_id::text)) % 8)::smallint AS shard
    FROM ${rows} r CROSS JOIN LATERAL (SELECT DISTINCT f FROM unnest(array_prepend('', r.flags)) AS f) AS k(flag)`;

/** Adds the deltas in key order, so concurrent writers take the counter rows' locks in one order. */
const APPLY = (deltas: string) => `
  INSERT INTO caseload_count AS c (care_team_id, status, flag, shard, patients)
  SELECT care_team_id, status, flag, shard, SUM(delta)::int
    FROM (${deltas}) AS d
   GROUP BY care_team_id, status, flag, shard
  HAVING SUM(delta) <> 0
   ORDER BY care_team_id, status, flag, shard
  ON CONFLICT (care_team_id, status, flag, shard) DO UPDATE SET patients = c.patients + EXCLUDED.patients`;

/**
 * The caseload's flag counts, kept by the database beside patient_summary: how many patients of a
 * team and status there are, in all and with each flag. A page then counts from a few hundred
 * rows instead of every summary of the caller's teams. Each team's counters are spread over 8
 * shards (by patient) so writers for different patients rarely wait for one another; statement
 * triggers apply a whole statement's changes at once and skip rows whose team, status and flags
 * did not change.
 */
export class CaseloadCounts1795580060393 implements MigrationInterface {
  name = 'CaseloadCounts1795580060393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "caseload_count" (
        "care_team_id" uuid NOT NULL,
        "status" "public"."patient_status" NOT NULL,
        "flag" text NOT NULL,
        "shard" smallint NOT NULL,
        "patients" integer NOT NULL,
        CONSTRAINT "caseload_count_pkey" PRIMARY KEY ("care_team_id", "status", "flag", "shard")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION caseload_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${APPLY(`SELECT *, 1 AS delta FROM (${KEYS_OF('new_rows')}) AS n`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${APPLY(`SELECT *, -1 AS delta FROM (${KEYS_OF('old_rows')}) AS o`)};
        ELSE
          ${APPLY(`SELECT *, 1 AS delta FROM (${KEYS_OF('new_rows')}) AS n
                   UNION ALL SELECT *, -1 AS delta FROM (${KEYS_OF('old_rows')}) AS o`)};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER caseload_count_insert AFTER INSERT ON "patient_summary"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_count_apply()`);
    await queryRunner.query(`
      CREATE TRIGGER caseload_count_update AFTER UPDATE ON "patient_summary"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_count_apply()`);
    await queryRunner.query(`
      CREATE TRIGGER caseload_count_delete AFTER DELETE ON "patient_summary"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION caseload_count_apply()`);
    // Counters for the summaries already there.
    await queryRunner.query(APPLY(`SELECT *, 1 AS delta FROM (${KEYS_OF('patient_summary')}) AS s`));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER caseload_count_delete ON "patient_summary"`);
    await queryRunner.query(`DROP TRIGGER caseload_count_update ON "patient_summary"`);
    await queryRunner.query(`DROP TRIGGER caseload_count_insert ON "patient_summary"`);
    await queryRunner.query(`DROP FUNCTION caseload_count_apply()`);
    await queryRunner.query(`DROP TABLE "caseload_count"`);
  }
}
