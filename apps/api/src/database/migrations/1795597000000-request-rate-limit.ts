import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-principal request counters, one row per principal and minute. TOTP secrets are encrypted at
 * the app's start instead: the key is kept outside the database, so SQL cannot encrypt them.
 */
export class RequestRateLimit1795597000000 implements MigrationInterface {
  name = 'RequestRateLimit1795597000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "request_rate_limit" (
                "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "principal" text NOT NULL,
                "hits" integer NOT NULL,
                CONSTRAINT "PK_request_rate_limit" PRIMARY KEY ("window_started_at", "principal")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "request_rate_limit"`);
  }
}
