import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** Fixed-window counters in PostgreSQL, so every app instance sees the same counts. */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Seconds until the key may try again, or 0 when it is under its limit. */
  async retryAfter(key: string, rule: RateLimitRule): Promise<number> {
    const [row]: { hits: number; window_started_at: Date }[] = await this.dataSource.query(
      'SELECT hits, window_started_at FROM rate_limit WHERE key = $1',
      [key],
    );
    if (!row) return 0;
    const endsAt = row.window_started_at.getTime() + rule.windowSeconds * 1000;
    if (Date.now() >= endsAt || row.hits < rule.limit) return 0;
    return Math.ceil((endsAt - Date.now()) / 1000);
  }

  /** Counts one hit, starting a new window when the last one has ended. */
  async hit(key: string, rule: RateLimitRule): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rate_limit (key, window_started_at, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE rate_limit.hits + 1 END,
         window_started_at = CASE WHEN rate_limit.window_started_at < now() - make_interval(secs => $2)
                                  THEN now() ELSE rate_limit.window_started_at END`,
      [key, rule.windowSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit WHERE key = $1', [key]);
  }
}
