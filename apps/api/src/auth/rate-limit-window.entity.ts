import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests one principal made in one minute. The window leads the key, so the upsert and the
 * clean-up of past minutes both use it.
 */
@Entity({ name: 'request_rate_limit' })
export class RateLimitWindow {
  @PrimaryColumn({ name: 'window_started_at', type: 'timestamptz', primaryKeyConstraintName: 'PK_request_rate_limit' })
  windowStartedAt: Date;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_request_rate_limit' })
  principal: string;

  @Column({ type: 'integer' })
  hits: number;
}
