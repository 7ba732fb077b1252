import type { ClinicalDate } from '@naltrack/domain';

/** Why a day cannot date a patient's clinical record, naming the field; null when it can. */
export interface DayRefusal {
  field: string;
  message: string;
}

/** A clinical day that happened: not in the future, not before the patient was born. */
export function clinicalDayRefusal(
  field: string,
  day: ClinicalDate,
  birthDate: ClinicalDate,
  today: ClinicalDate,
): DayRefusal | null {
  if (day > today) return { field, message: `${field} must not be in the future` };
  if (day < birthDate) return { field, message: `${field} must not be before the patient's birth date` };
  return null;
}
