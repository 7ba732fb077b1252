import { addDays, clinicalDateOf } from '@naltrack/domain';
import type { ApiClient, Outcome } from './api-client.js';

/** Tables a 201 answer's id names a row of. */
export const WRITTEN_TABLES = ['patient', 'medication_event', 'observation', 'therapy_session'] as const;
export type WrittenTable = (typeof WRITTEN_TABLES)[number];

export interface WriteOutcome {
  op: WrittenTable | 'import';
  outcome: Outcome;
  /** The patient the write was about (new patients: the id of a 201). */
  patientId?: string;
  /** Imports: the note every imported row carries, to count them afterwards. */
  marker?: string;
  rows?: number;
}

export interface Clinic {
  careTeamId: string;
  /** Patients on naltrexone in the team, to record events for. */
  patientIds: string[];
  prescriber: ApiClient;
  therapist: ApiClient;
}

const IMPORT_ROWS = 25;
let serial = 0;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** Every kind of clinical write the API takes, one at a time, each different from the last. */
export async function oneWrite(clinic: Clinic): Promise<WriteOutcome> {
  serial += 1;
  const today = clinicalDateOf(new Date(), 'America/New_York');
  const patientId = pick(clinic.patientIds);
  switch (serial % 5) {
    case 0: {
      const outcome = await clinic.prescriber.post('/api/patients', {
        mrn: `FAULT-${process.pid}-${serial}-${Math.random().toString(36).slice(2, 8)}`,
        givenName: 'Fault',
        familyName: `Case ${serial}`,
        birthDate: '1984-03-02',
        sex: 'female',
        diagnoses: ['OUD'],
        careTeamId: clinic.careTeamId,
        enrolledOn: addDays(today, -3),
      });
      return { op: 'patient', outcome, patientId: idOf(outcome) };
    }
    case 1: {
      const outcome = await clinic.prescriber.post(`/api/patients/${patientId}/medication-events`, {
        kind: 'dispensed',
        formulation: 'oral',
        occurredOn: addDays(today, -1),
        daysSupply: 7,
        doseMg: 50,
      });
      return { op: 'medication_event', outcome, patientId };
    }
    case 2: {
      const outcome = await clinic.prescriber.post(`/api/patients/${patientId}/observations`, {
        kind: 'craving_vas',
        value: 30 + (serial % 60),
        observedOn: today,
      });
      return { op: 'observation', outcome, patientId };
    }
    case 3: {
      const scheduledAt = new Date(Date.now() - 26 * 3_600_000 - serial * 60_000).toISOString();
      const outcome = await clinic.therapist.post(`/api/patients/${patientId}/therapy-sessions`, {
        type: 'individual',
        scheduledAt,
      });
      return { op: 'therapy_session', outcome, patientId };
    }
    default: {
      const marker = `fault-import-${process.pid}-${serial}`;
      const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => ({
        record: 'medication_event',
        patientId: clinic.patientIds[i % clinic.patientIds.length],
        kind: 'dispensed',
        formulation: 'oral',
        occurredOn: addDays(today, -2),
        daysSupply: 1,
        doseMg: 50,
        note: marker,
      }));
      const body = rows.map((row) => JSON.stringify(row)).join('\n');
      const outcome = await clinic.prescriber.post('/api/imports', body, 'application/x-ndjson');
      return { op: 'import', outcome, marker, rows: IMPORT_ROWS };
    }
  }
}

function idOf(outcome: Outcome): string | undefined {
  if (outcome.status !== 201) return undefined;
  return (outcome.body as { id?: string }).id;
}

/** The 201 answer's id of a write, for looking the row up. */
export function acknowledgedId(write: WriteOutcome): string | undefined {
  return write.outcome.status === 201 ? (write.outcome.body as { id?: string }).id : undefined;
}

/**
 * Keeps `workers` clients writing back to back until stopped: the traffic a fault lands in.
 * Resolves with every outcome once the last write in flight has its answer.
 */
export function writeTraffic(clinic: Clinic, workers: number) {
  const outcomes: WriteOutcome[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) outcomes.push(await oneWrite(clinic));
  });
  return {
    outcomes,
    async stop(): Promise<WriteOutcome[]> {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Waits until a condition holds, polling; false when it still does not after `timeoutMs`. */
export async function eventually(condition: () => Promise<boolean>, timeoutMs: number, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
