import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** A patient who needs something today; `on` is the day that matters (due, started, stopped). */
export type TodayPatientLine = ApiSchema<'TodayPatientLineDto'>;
export type TodaySessionLine = ApiSchema<'TodaySessionLineDto'>;
export type TodaySignalLine = ApiSchema<'TodaySignalLineDto'>;
export type TodayApprovalLine = ApiSchema<'TodayApprovalLineDto'>;
export type TodayTaskLine = ApiSchema<'TodayTaskLineDto'>;

/**
 * `GET /api/today`: the signed-in clinician's day over their teams. Each list holds at most 20 lines
 * (counts are totals); a list the user's roles do not get is empty with a count of 0.
 */
export type TodayView = ApiSchema<'TodayViewDto'>;

export function getToday(signal?: AbortSignal): Promise<TodayView> {
  return apiClient.get<TodayView>('/today', { signal });
}
