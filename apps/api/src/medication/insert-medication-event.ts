import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query.js';
import { MedicationEvent } from './medication-event.entity.js';

/** An event's columns as a clinician records them; the database gives the id and the time. */
export type NewMedicationEvent = Omit<MedicationEvent, 'id' | 'createdAt' | 'patient'>;

/**
 * The most frequent clinical write, prepared once per connection: TypeORM's save built the same
 * INSERT from the entity's metadata on every dose, and PostgreSQL parsed it every time. The dose
 * comes back as stored (numeric(7,2) rounds it).
 */
const INSERT_EVENT = `
  INSERT INTO medication_event (patient_id, kind, formulation, occurred_on, days_supply, dose_mg, observed, lot, site,
                                note, recorded_by)
  VALUES ($1::uuid, $2::medication_event_kind, $3::formulation, $4::date, $5::integer, $6::numeric, $7::boolean,
          $8::text, $9::text, $10::text, $11::uuid)
  RETURNING id, created_at, dose_mg::float8 AS dose_mg`;

export async function insertMedicationEvent(
  manager: EntityManager,
  event: NewMedicationEvent,
): Promise<MedicationEvent> {
  const [row] = await preparedQuery<{ id: string; created_at: Date; dose_mg: number | null }>(manager, INSERT_EVENT, [
    event.patientId,
    event.kind,
    event.formulation,
    event.occurredOn,
    event.daysSupply,
    event.doseMg,
    event.observed,
    event.lot,
    event.site,
    event.note,
    event.recordedBy,
  ]);
  if (!row) throw new Error('the medication event was not inserted');
  return Object.assign(new MedicationEvent(), { ...event, id: row.id, createdAt: row.created_at, doseMg: row.dose_mg });
}
