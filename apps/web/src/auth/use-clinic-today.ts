import { type ClinicalDate, clinicalDateOf } from '@naltrack/domain';
import { useSignedInUser } from './signed-in-user';

/**
 * Today in the clinic's time zone, the day the API counts from: a device in another zone (or a
 * late evening on the US east coast, already tomorrow in UTC) must not date a record in the future.
 */
export function useClinicToday(): ClinicalDate {
  return clinicalDateOf(new Date(), useSignedInUser().clinicTimeZone);
}
