import type { HealthReport } from '@naltrack/domain';
import { apiClient } from './api-client';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';

const HEALTH_STATUSES: readonly string[] = ['ok', 'degraded'];
const DATABASE_STATES: readonly string[] = ['up', 'down'];

export function isHealthReport(value: unknown): value is HealthReport {
  if (typeof value !== 'object' || value === null) return false;
  const { status, database } = value as Record<string, unknown>;
  return (
    typeof status === 'string' &&
    HEALTH_STATUSES.includes(status) &&
    typeof database === 'string' &&
    DATABASE_STATES.includes(database)
  );
}

/**
 * The health report, whether the API answers 200 or 503: the status code is for load balancers,
 * the body says what is wrong. Any other answer (or a 503 from a proxy) is an error.
 */
export async function getHealth(signal?: AbortSignal): Promise<HealthReport> {
  const body = await apiClient.get<unknown>('/health', { signal, acceptStatuses: [503] });
  if (!isHealthReport(body)) {
    throw new ApiError({
      statusCode: 503,
      code: CLIENT_ERROR_CODES.unexpectedResponse,
      message: 'The health check answered in an unexpected form.',
    });
  }
  return body;
}
