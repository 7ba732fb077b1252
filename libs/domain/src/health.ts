/** The shape of `GET /api/health`, shared by the API and the dashboard's indicator. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}

/** The error body every API failure answers with. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}
