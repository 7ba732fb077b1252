import type { Readable } from 'node:stream';
import type { ClinicalSettings } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { rebuildPatientSummaries } from '../caseload/rebuild-patient-summary.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { clinicalDayRefusal } from '../medication/clinical-day-refusal.js';
import {
  insertMedicationEvents,
  type NewMedicationEvent,
  newMedicationEvent,
} from '../medication/insert-medication-event.js';
import { Patient } from '../patients/patient.entity.js';
import { oneYearAfter } from '../therapy/therapy.service.js';
import type { ImportReportDto } from './dto/import-report.dto.js';
import { type ImportFormat, ImportTooLargeError, importRecords } from './import-records.js';
import { type ImportRow, parseImportRow, type RowError } from './import-rows.js';

/** Rows committed per transaction, each batch with its patients' caseload rows. */
export const IMPORT_BATCH_ROWS = 1_000;
/** Batches being written at once, each in its own transaction and connection. */
const BATCHES_IN_FLIGHT = 2;
/** The body limit of this route alone; every other route keeps the app's 1 MB. */
export const IMPORT_BODY_LIMIT = 64 * 1_048_576;
/** Errors listed in the report; errorCount tells how many there were. */
export const IMPORT_ERRORS_LISTED = 100;

/** Outcomes that say what happened, so the session must have begun (as PATCH /therapy-sessions/:id). */
const OUTCOMES_THAT_NEED_THE_PAST: ReadonlySet<string> = new Set(['attended', 'late', 'no_show']);

/** Sessions as their table names the columns, for json_populate_recordset. */
type TherapySessionRow = Record<
  'patient_id' | 'scheduled_at' | 'scheduled_on' | 'type' | 'modality' | 'clinician_id' | 'status' | 'version',
  string | number | null
>;

/** A batch's rows of one table in one statement, with one JSON parameter however many rows. */
async function insertRows(manager: EntityManager, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

class ImportReport {
  rowsRead = 0;
  rowsImported = 0;
  errorCount = 0;
  readonly errors: RowError[] = [];

  /** Errors arrive in line order batch by batch; only the first ones are kept. */
  add(errors: RowError[]): void {
    this.errorCount += errors.length;
    const room = IMPORT_ERRORS_LISTED - this.errors.length;
    if (room > 0) this.errors.push(...[...errors].sort((a, b) => a.line - b.line).slice(0, room));
  }
}

/**
 * Imports medication events and therapy sessions row by row with the single POSTs' rules: rows are
 * validated as they stream in, and each batch of valid rows is written in one transaction that
 * locks its patients (as single events do), inserts set-wise and rebuilds each touched patient's
 * caseload row once.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async import(body: Readable, format: ImportFormat, principal: Principal): Promise<ImportReportDto> {
    const report = new ImportReport();
    let batch: ImportRow[] = [];
    let batchErrors: RowError[] = [];
    // Batches are written while the next ones are read and validated, two at a time in their own
    // transactions (each locks its patients in id order, so they never deadlock); their errors
    // join the report in file order.
    const writing: Promise<RowError[]>[] = [];
    let reported: Promise<void> = Promise.resolve();
    const flush = () => {
      const written = this.writeBatch(batch, principal, report);
      const readErrors = batchErrors;
      batch = [];
      batchErrors = [];
      reported = reported.then(async () => report.add([...readErrors, ...(await written)]));
      // Awaited in turn below; until then a failure must not count as unhandled.
      written.catch(() => undefined);
      reported.catch(() => undefined);
      writing.push(written);
    };

    try {
      const limits = { bodyBytes: IMPORT_BODY_LIMIT, lineBytes: this.config.importMaxLineBytes };
      for await (const record of importRecords(body, format, limits)) {
        report.rowsRead++;
        if (record.error !== undefined) {
          batchErrors.push({ line: record.line, field: null, message: record.error });
          continue;
        }
        const parsed = parseImportRow(record.line, record.fields, format === 'csv', principal.roles);
        if (parsed.errors) batchErrors.push(...parsed.errors);
        else batch.push(parsed.row);
        if (batch.length === IMPORT_BATCH_ROWS) {
          if (writing.length >= BATCHES_IN_FLIGHT) await writing.shift();
          flush();
        }
      }
    } catch (error) {
      if (!(error instanceof ImportTooLargeError)) throw error;
      batchErrors.push({ line: report.rowsRead + 1, field: null, message: `the import stops here: ${error.message}` });
    }
    flush();
    await reported;
    const { rowsRead, rowsImported, errorCount, errors } = report;
    return { rowsRead, rowsImported, errorCount, errors };
  }

  /** Writes a batch's valid rows; returns the rows the database refused (unknown patient, dates). */
  private async writeBatch(rows: ImportRow[], principal: Principal, report: ImportReport): Promise<RowError[]> {
    if (rows.length === 0) return [];
    return this.dataSource.transaction(async (manager) => {
      const errors: RowError[] = [];
      const patients = await this.lockPatients(manager, rows, principal.teamIds);
      const clinicians = await this.knownClinicians(manager, rows);
      const today = this.clock.today();
      const now = this.clock.now().getTime();
      const events: NewMedicationEvent[] = [];
      const sessions: TherapySessionRow[] = [];
      const touched = new Map<string, Patient>();

      for (const row of rows) {
        const patient = row.patient.patientId
          ? patients.byId.get(row.patient.patientId)
          : patients.byMrn.get(row.patient.mrn ?? '');
        if (!patient && !row.patient.patientId && patients.sharedMrns.has(row.patient.mrn ?? '')) {
          errors.push({
            line: row.line,
            field: 'mrn',
            message: 'mrn names patients in two of your teams; give patientId',
          });
          continue;
        }
        if (!patient) {
          // Another team's patient reads exactly like a missing one.
          const field = row.patient.patientId ? 'patientId' : 'mrn';
          errors.push({ line: row.line, field, message: 'Patient not found' });
          continue;
        }
        const problem =
          row.record === 'medication_event'
            ? this.eventRefusal(row, patient, today)
            : this.sessionRefusal(row, patient, today, now, clinicians);
        if (problem) {
          errors.push({ line: row.line, ...problem });
          continue;
        }
        touched.set(patient.id, patient);
        if (row.record === 'medication_event') {
          events.push(newMedicationEvent(patient.id, row.event, principal.clinicianId));
        } else {
          const scheduledAt = new Date(row.session.scheduledAt);
          sessions.push({
            patient_id: patient.id,
            scheduled_at: scheduledAt.toISOString(),
            scheduled_on: this.clock.dayOf(scheduledAt),
            type: row.session.type,
            modality: row.session.modality ?? null,
            clinician_id: row.session.clinicianId ?? null,
            status: row.status ?? 'scheduled',
            version: 1,
          });
        }
      }

      if (events.length > 0) await insertMedicationEvents(manager, events);
      await insertRows(manager, 'therapy_session', sessions);
      await rebuildPatientSummaries(manager, [...touched.keys()], today, this.settings);
      report.rowsImported += events.length + sessions.length;
      return errors;
    });
  }

  /** The batch's patients in the caller's teams, locked in id order so two imports never deadlock. */
  private async lockPatients(manager: EntityManager, rows: ImportRow[], teamIds: string[]) {
    const ids = [...new Set(rows.flatMap((r) => (r.patient.patientId ? [r.patient.patientId] : [])))];
    const mrns = [...new Set(rows.flatMap((r) => (r.patient.mrn ? [r.patient.mrn] : [])))];
    const found = await manager
      .getRepository(Patient)
      .createQueryBuilder('p')
      .where('(p.id = ANY(:ids) OR p.mrn = ANY(:mrns)) AND p.care_team_id = ANY(:teamIds)', { ids, mrns, teamIds })
      .orderBy('p.id')
      .setLock('pessimistic_write')
      .getMany();
    // MRNs are unique per team only: one the caller's teams share cannot pick a patient.
    const perMrn = new Map<string, number>();
    for (const p of found) perMrn.set(p.mrn, (perMrn.get(p.mrn) ?? 0) + 1);
    const sharedMrns = new Set([...perMrn].filter(([, count]) => count > 1).map(([mrn]) => mrn));
    return {
      byId: new Map(found.map((p) => [p.id, p])),
      byMrn: new Map(found.filter((p) => !sharedMrns.has(p.mrn)).map((p) => [p.mrn, p])),
      sharedMrns,
    };
  }

  private async knownClinicians(manager: EntityManager, rows: ImportRow[]): Promise<Set<string>> {
    const ids = [
      ...new Set(
        rows.flatMap((r) => (r.record === 'therapy_session' && r.session.clinicianId ? [r.session.clinicianId] : [])),
      ),
    ];
    if (ids.length === 0) return new Set();
    const found: { id: string }[] = await manager.query('SELECT id FROM clinician WHERE id = ANY($1::uuid[])', [ids]);
    return new Set(found.map((c) => c.id));
  }

  /** POST /patients/:id/medication-events: a clinical day that happened, not before birth. */
  private eventRefusal(
    row: Extract<ImportRow, { record: 'medication_event' }>,
    patient: Patient,
    today: string,
  ): Omit<RowError, 'line'> | null {
    return clinicalDayRefusal('occurredOn', row.event.occurredOn, patient.birthDate, today);
  }

  /** POST /patients/:id/therapy-sessions, and PATCH for an outcome. */
  private sessionRefusal(
    row: Extract<ImportRow, { record: 'therapy_session' }>,
    patient: Patient,
    today: string,
    now: number,
    clinicians: Set<string>,
  ): Omit<RowError, 'line'> | null {
    const scheduledAt = new Date(row.session.scheduledAt);
    const day = this.clock.dayOf(scheduledAt);
    if (day > oneYearAfter(today)) {
      return { field: 'scheduledAt', message: 'scheduledAt must be at most one year from today' };
    }
    if (day < patient.birthDate) return { field: 'scheduledAt', message: "scheduledAt is before the patient's birth" };
    if (row.session.clinicianId && !clinicians.has(row.session.clinicianId)) {
      return { field: 'clinicianId', message: 'clinicianId does not name a known clinician' };
    }
    if (row.status && OUTCOMES_THAT_NEED_THE_PAST.has(row.status) && scheduledAt.getTime() > now) {
      return {
        field: 'status',
        message: `status ${row.status} cannot be recorded for a session that has not begun yet`,
      };
    }
    return null;
  }
}
