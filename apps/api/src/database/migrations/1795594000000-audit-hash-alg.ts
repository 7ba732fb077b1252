import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each audit link names how its hash was made: the links written so far stay plain SHA-256, new
 * ones are HMAC-SHA256 under a key held outside the database. Also takes UPDATE, DELETE and
 * TRUNCATE on audit_event from every role but its owner (an app role given them by default
 * privileges before this table existed), so only the owner can ever touch a written link.
 */
export class AuditHashAlg1795594000000 implements MigrationInterface {
  name = 'AuditHashAlg1795594000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."audit_hash_alg" AS ENUM('sha256', 'hmac-sha256')`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD "hash_alg" "public"."audit_hash_alg" NOT NULL DEFAULT 'sha256'`,
    );
    // Every new link must say which it is.
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "hash_alg" DROP DEFAULT`);
    await queryRunner.query(`
            DO $$
            DECLARE grantee_name text;
            BEGIN
              REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC;
              FOR grantee_name IN
                SELECT DISTINCT grantee FROM information_schema.role_table_grants
                 WHERE table_schema = current_schema() AND table_name = 'audit_event'
                   AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
                   AND grantee NOT IN ('PUBLIC', (SELECT tableowner FROM pg_tables
                                                   WHERE schemaname = current_schema() AND tablename = 'audit_event'))
              LOOP
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM %I', grantee_name);
              END LOOP;
            END $$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "hash_alg"`);
    await queryRunner.query(`DROP TYPE "public"."audit_hash_alg"`);
  }
}
