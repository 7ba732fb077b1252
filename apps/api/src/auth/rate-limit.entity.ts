import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter shared by every app instance (e.g. failed sign-ins per account). */
@Entity({ name: 'rate_limit' })
export class RateLimit {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'integer' })
  hits: number;
}
