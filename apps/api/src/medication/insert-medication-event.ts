import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/database/prepared-query.js';
import type { CreateMedicationEventDto } from './dto/create-medication-event.dto.js';
import { MedicationEvent } from './medication-event.entity.js';

/** An event's columns as a clinician records them; the database gives the time. */
export type NewMedicationEvent = Omit<MedicationEvent, 'id' | 'createdAt' | 'patient'>;

/** The event a clinician recorded, from a POST's body or an imported row. */
export function newMedicationEvent(
  patientId: string,
  dto: CreateMedicationEventDto,
  recordedBy: string,
): NewMedicationEvent {
  return {
    patientId,
    kind: dto.kind,
    formulation: dto.formulation,
    occurredOn: dto.occurredOn,
    daysSupply: dto.daysSupply ?? null,
    doseMg: dto.doseMg ?? null,
    observed: dto.observed ?? null,
    lot: dto.lot ?? null,
    site: dto.site ?? null,
    note: dto.note ?? null,
    recordedBy,
  };
}

/**
 * The most frequent clinical write, one statement for any number of events, prepared once per
 * connection: TypeORM's save built the same INSERT from the entity's metadata on every dose, and
 * PostgreSQL parsed it every time. The events go as one JSON array read into the table's row type,
 * with ids made here so that each comes back to its own caller; the doses come back as stored
 * (numeric(7,2) rounds them).
 */
const INSERT_EVENTS = `
  INSERT INTO medication_event (id, patient_id, kind, formulation, occurred_on, days_supply, dose_mg, observed, lot,
                                site, note, recorded_by)
  SELECT id, patient_id, kind, formulation, occurred_on, days_supply, dose_mg, observed, lot, site, note, recorded_by
    FROM jsonb_populate_recordset(NULL::medication_event, $1::jsonb)
  RETURNING id, created_at, dose_mg::float8 AS dose_mg`;

/** Inserts these events; returns them as stored, in the same order. */
export async function insertMedicationEvents(
  manager: EntityManager,
  events: readonly NewMedicationEvent[],
): Promise<MedicationEvent[]> {
  const withIds = events.map((event) => ({ ...event, id: randomUUID() }));
  const rows = withIds.map((e) => ({
    id: e.id,
    patient_id: e.patientId,
    kind: e.kind,
    formulation: e.formulation,
    occurred_on: e.occurredOn,
    days_supply: e.daysSupply,
    dose_mg: e.doseMg,
    observed: e.observed,
    lot: e.lot,
    site: e.site,
    note: e.note,
    recorded_by: e.recordedBy,
  }));
  const stored = await preparedQuery<{ id: string; created_at: Date; dose_mg: number | null }>(manager, INSERT_EVENTS, [
    JSON.stringify(rows),
  ]);
  const byId = new Map(stored.map((row) => [row.id, row]));
  return withIds.map((event) => {
    const row = byId.get(event.id);
    if (!row) throw new Error(`medication event ${event.id} was not inserted`);
    return Object.assign(new MedicationEvent(), { ...event, createdAt: row.created_at, doseMg: row.dose_mg });
  });
}
