import type { Role, SessionStatus } from '@naltrack/domain';
import type { ValidationError } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { isUUID, validateSync } from 'class-validator';
import { unstorableFields } from '../common/validation/storable-text.pipe.js';
import { CreateMedicationEventDto } from '../medication/dto/create-medication-event.dto.js';
import { CreateTherapySessionDto, UpdateTherapySessionDto } from '../therapy/dto/therapy-session.dto.js';

export const IMPORT_RECORD_TYPES = ['medication_event', 'therapy_session'] as const;
export type ImportRecordType = (typeof IMPORT_RECORD_TYPES)[number];

/** What a row is about and who may record it, as the single POSTs decide it. */
const RECORDED_BY: Record<ImportRecordType, { roles: Role[]; noun: string }> = {
  medication_event: { roles: ['prescriber', 'nurse'], noun: 'medication events' },
  therapy_session: { roles: ['therapist'], noun: 'therapy sessions' },
};

/** A problem with one row of an import: its line, the field at fault (null for the whole row). */
export interface RowError {
  line: number;
  field: string | null;
  message: string;
}

/** The patient a row names: by id, or by MRN for files from another system. */
export interface PatientRef {
  patientId?: string;
  mrn?: string;
}

export type ImportRow =
  | { line: number; record: 'medication_event'; patient: PatientRef; event: CreateMedicationEventDto }
  | {
      line: number;
      record: 'therapy_session';
      patient: PatientRef;
      session: CreateTherapySessionDto;
      status: SessionStatus | null;
    };

// CSV cells are text: these become the numbers and booleans the DTOs expect (JSON has them already).
const NUMBERS = new Set(['daysSupply', 'doseMg']);
const BOOLEANS = new Map([
  ['true', true],
  ['false', false],
]);

function fromCsv(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      if (typeof value !== 'string') return [name, value];
      if (NUMBERS.has(name) && /^-?\d+(\.\d+)?$/.test(value.trim())) return [name, Number(value)];
      if (name === 'observed' && BOOLEANS.has(value.trim())) return [name, BOOLEANS.get(value.trim())];
      return [name, value];
    }),
  );
}

/** The single POST's validation of a body: whitelisted, unknown fields refused. */
function validated<T extends object>(
  dto: ClassConstructor<T>,
  body: Record<string, unknown>,
  line: number,
): { value: T; errors: RowError[] } {
  const value = plainToInstance(dto, body);
  const flatten = (errors: ValidationError[], parent?: string): RowError[] =>
    errors.flatMap((error) => {
      const field = parent ? `${parent}.${error.property}` : error.property;
      const own = error.constraints ? [{ line, field, message: Object.values(error.constraints).join(', ') }] : [];
      return [...own, ...flatten(error.children ?? [], field)];
    });
  return { value, errors: flatten(validateSync(value, { whitelist: true, forbidNonWhitelisted: true })) };
}

/**
 * Checks one row with the rules of the single POST for its record type (POST
 * /patients/:id/medication-events or /therapy-sessions, and PATCH /therapy-sessions/:id for an
 * outcome). Rules that need the database or the clock are checked when its batch is written.
 */
export function parseImportRow(
  line: number,
  raw: Record<string, unknown>,
  csv: boolean,
  roles: readonly Role[],
): { row: ImportRow; errors?: undefined } | { errors: RowError[]; row?: undefined } {
  // As the JSON body pipe does: text the database cannot store, before a validator throws on it.
  const unstorable = unstorableFields(raw, '');
  if (unstorable.length > 0) {
    return { errors: unstorable.map(({ field, messages }) => ({ line, field, message: messages.join(', ') })) };
  }
  const { record, patientId, mrn, status, ...body } = csv ? fromCsv(raw) : raw;
  const errors: RowError[] = [];
  if (!IMPORT_RECORD_TYPES.includes(record as ImportRecordType)) {
    return { errors: [{ line, field: 'record', message: `record must be one of ${IMPORT_RECORD_TYPES.join(', ')}` }] };
  }
  const type = record as ImportRecordType;
  if (!RECORDED_BY[type].roles.some((role) => roles.includes(role))) {
    return {
      errors: [{ line, field: 'record', message: `your role does not allow recording ${RECORDED_BY[type].noun}` }],
    };
  }

  const patient: PatientRef = {};
  if (patientId !== undefined) {
    if (typeof patientId === 'string' && isUUID(patientId)) patient.patientId = patientId;
    else errors.push({ line, field: 'patientId', message: 'patientId must be a UUID' });
  } else if (mrn !== undefined) {
    if (typeof mrn === 'string' && mrn.trim() !== '') patient.mrn = mrn.trim();
    else errors.push({ line, field: 'mrn', message: 'mrn must be a non-empty text' });
  } else {
    errors.push({ line, field: 'patientId', message: 'patientId or mrn is required' });
  }

  if (type === 'medication_event') {
    if (status !== undefined) errors.push({ line, field: 'status', message: 'property status should not exist' });
    const event = validated(CreateMedicationEventDto, body, line);
    errors.push(...event.errors);
    return errors.length > 0 ? { errors } : { row: { line, record: type, patient, event: event.value } };
  }
  const session = validated(CreateTherapySessionDto, body, line);
  errors.push(...session.errors);
  const outcome = status === undefined ? null : validated(UpdateTherapySessionDto, { status }, line);
  errors.push(...(outcome?.errors ?? []));
  if (errors.length > 0) return { errors };
  return { row: { line, record: type, patient, session: session.value, status: outcome?.value.status ?? null } };
}
