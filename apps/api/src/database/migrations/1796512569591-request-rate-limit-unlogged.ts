import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-minute request counts skip the write-ahead log: each request's count then commits
 * without waiting for a disk flush. A crash forgets the current minute's counts (the limit starts
 * over), and replicas never hold them; both are fine for a one-minute window.
 */
export class RequestRateLimitUnlogged1796512569591 implements MigrationInterface {
  name = 'RequestRateLimitUnlogged1796512569591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "request_rate_limit" SET UNLOGGED');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "request_rate_limit" SET LOGGED');
  }
}
