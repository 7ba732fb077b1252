import type { HealthReport } from '@naltrack/domain';

/** Load balancers read the status code (people read the body): 503 takes the instance out of rotation. */
export function healthStatusCode(report: HealthReport): 200 | 503 {
  return report.database === 'up' ? 200 : 503;
}
