/** The shape of `GET /api/health`, shared by the API and the dashboard's indicator. */
/** A read replica's state: `lagging` is further behind than REPORTS_REPLICA_MAX_LAG_SECONDS. */
export type ReplicaState = 'up' | 'lagging' | 'down';

export interface HealthReport {
  /** `degraded` when the database or the read replica is not up. */
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  /** Present only when a read replica is configured; its reads go to the primary unless it is `up`. */
  replica?: ReplicaState;
}

/** The error body every API failure answers with. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}
