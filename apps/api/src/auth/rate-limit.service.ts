import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** One counted attempt: whether it was within the limit, and the window it was counted in. */
export interface RateLimitHit {
  key: string;
  allowed: boolean;
  /** Seconds until the window ends (0 when allowed). */
  retryAfterSeconds: number;
  windowStartedAt: Date;
}

interface HitRow {
  hits: number;
  window_started_at: Date;
  seconds_left: number;
}

/** Fixed-window counters in PostgreSQL, so every app instance sees the same counts. */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one attempt and says whether it is within the limit, in one statement: parallel
   * attempts each get their own count, so no more than `limit` of them are ever allowed.
   */
  async hit(key: string, rule: RateLimitRule): Promise<RateLimitHit> {
    const [row]: HitRow[] = await this.dataSource.query(
      // Windows start on a whole millisecond, so a refund can name its window with a JS Date.
      `INSERT INTO rate_limit (key, window_started_at, hits) VALUES ($1, date_trunc('milliseconds', now()), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.window_started_at <= now() - make_interval(secs => $2) THEN 1
                     ELSE rate_limit.hits + 1 END,
         window_started_at = CASE WHEN rate_limit.window_started_at <= now() - make_interval(secs => $2)
                                  THEN date_trunc('milliseconds', now()) ELSE rate_limit.window_started_at END
       RETURNING hits, window_started_at,
         ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::integer AS seconds_left`,
      [key, rule.windowSeconds],
    );
    if (!row) throw new Error(`rate limit counter ${key} was not written`);
    const allowed = row.hits <= rule.limit;
    return {
      key,
      allowed,
      retryAfterSeconds: allowed ? 0 : Math.max(1, row.seconds_left),
      windowStartedAt: row.window_started_at,
    };
  }

  /** Takes back an attempt that turned out not to be a failure, if its window is still the current one. */
  async refund(hit: RateLimitHit): Promise<void> {
    await this.dataSource.query(
      'UPDATE rate_limit SET hits = hits - 1 WHERE key = $1 AND window_started_at = $2 AND hits > 0',
      [hit.key, hit.windowStartedAt],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit WHERE key = $1', [key]);
  }
}
