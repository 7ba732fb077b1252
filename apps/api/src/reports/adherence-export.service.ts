import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type ClinicalDate, type ClinicalSettings, daysBetween } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLINICAL_ROLES, type Principal } from '../auth/principal.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { ReportsReader } from '../database/replica/reports-reader.js';
import { DisclosuresService } from '../disclosures/disclosures.service.js';
import {
  type AdherenceExportQuery,
  type ExportFormat,
  exportContentType,
  exportFileName,
} from './dto/adherence-export-query.dto.js';
import { consentInForceSql, DISCLOSED_SCOPES, MISSING_CONSENT_IDS_SHOWN } from './export-consent.js';
import type { ExportPatient } from './export-patient.js';
import { type ExportPeriod, earlierOf, monthlyPeriods } from './export-periods.js';
import { readExportPatients } from './export-source.js';
import { EXPORT_WRITERS } from './export-writers.js';

/** The longest period one export covers (as for the patient adherence view). */
const MAX_PERIOD_DAYS = 3 * 366;

/** Above this many patients GET /api/reports/adherence refuses and points to POST /api/exports. */
export const SYNC_EXPORT_MAX_PATIENTS = 1_000;

/**
 * An export checked and counted by `prepare`, ready for `write`. Plain data (JSON-safe): a
 * background job may keep it, but should call `prepare` again before resuming, so that a revoked
 * consent or a change of care team applies.
 */
export interface PreparedExport {
  format: ExportFormat;
  /** The period as covered: `to` is clipped to today (later days have no records yet). */
  from: ClinicalDate;
  to: ClinicalDate;
  /** Calendar months of the period; CSV has one row per patient and period. */
  periods: ExportPeriod[];
  /** The care teams whose patients are exported (the caller's, or the one asked for). */
  careTeamIds: string[];
  careTeamId: string | null;
  patientId: string | null;
  /** Null: the care team's own use. Else a disclosure every exported patient consented to. */
  recipient: string | null;
  purpose: string | null;
  patientCount: number;
  /** Patient-periods: the unit of `onProgress`, and the CSV's data rows. */
  rowCount: number;
  generatedBy: { clinicianId: string; displayName: string };
  /** ISO 8601 instant. */
  preparedAt: string;
  contentType: string;
  fileName: string;
}

/**
 * Adherence reports (CSV, PDF, FHIR R4) for one patient, one care team or all of the caller's
 * teams, and their accounting as disclosures. Used by GET /api/reports/adherence (small exports,
 * answered directly) and by background export jobs (large ones).
 */
@Injectable()
export class AdherenceExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
    private readonly disclosures: DisclosuresService,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    private readonly reader: ReportsReader,
  ) {}

  /**
   * Checks the caller may export this scope (a care team or patient outside their teams answers
   * 404), that every patient consented to a named recipient and purpose (403 CONSENT_REQUIRED),
   * and counts the patients. Writes nothing.
   */
  async prepare(query: AdherenceExportQuery, principal: Principal): Promise<PreparedExport> {
    if (!principal.roles.some((role) => CLINICAL_ROLES.includes(role))) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Your role does not give access to clinical records');
    }
    const { from, to } = this.period(query);
    const recipient = query.recipient?.trim() || null;
    const purpose = query.purpose?.trim() || null;
    if (recipient && !purpose) throw fieldError('purpose', 'purpose is required with a recipient');

    const careTeamIds = await this.scope(query, principal);
    const [counted]: { count: number }[] = await this.dataSource.query(
      `SELECT COUNT(*)::int AS count FROM patient
        WHERE care_team_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR id = $2)`,
      [careTeamIds, query.patientId ?? null],
    );
    if (recipient && purpose) await this.checkConsents(query, careTeamIds, recipient, purpose);

    const periods = monthlyPeriods(from, to);
    const careTeamId = query.careTeamId ?? null;
    const patientId = query.patientId ?? null;
    return {
      format: query.format,
      from,
      to,
      periods,
      careTeamIds,
      careTeamId,
      patientId,
      recipient,
      purpose,
      patientCount: counted?.count ?? 0,
      rowCount: (counted?.count ?? 0) * periods.length,
      generatedBy: { clinicianId: principal.clinicianId, displayName: principal.displayName },
      preparedAt: new Date().toISOString(),
      contentType: exportContentType(query.format),
      fileName: exportFileName({ format: query.format, from, to, careTeamId, patientId }),
    };
  }

  /**
   * Streams the export to `output` in its format, one patient at a time from a database cursor
   * (memory stays flat whatever the size), records the disclosure, then ends `output`. On failure
   * destroys `output` and rejects; a failed export is not recorded. `onProgress` is called after each
   * patient with patient-periods done and in total.
   */
  async write(
    prepared: PreparedExport,
    output: NodeJS.WritableStream,
    onProgress?: (rowsDone: number, rowsTotal: number) => void,
  ): Promise<void> {
    const patientIds: string[] = [];
    const rowsPerPatient = prepared.periods.length;
    const source = readExportPatients(this.reader, prepared, this.config.clinicTimeZone, this.clock.today());
    // Counts each patient once its rows are handed on, for the disclosure and the progress. A
    // cursor's batch arrives at once and drawing is synchronous, so each patient then gives the event
    // loop a turn: a long export otherwise held every other request of the instance for seconds.
    async function* counted(): AsyncGenerator<ExportPatient> {
      for await (const patient of source) {
        yield patient;
        patientIds.push(patient.id);
        const rowsDone = patientIds.length * rowsPerPatient;
        onProgress?.(rowsDone, Math.max(prepared.rowCount, rowsDone));
        await nextTurn();
      }
    }
    try {
      await EXPORT_WRITERS[prepared.format](counted(), prepared, this.settings, output);
      // Recorded before the file's end leaves: no complete export goes unaccounted. The cursor's
      // connection is back in the pool by now, since the writer read the source to its end.
      await this.disclosures.record({
        disclosedBy: prepared.generatedBy.clinicianId,
        recipient: prepared.recipient,
        purpose: prepared.purpose,
        format: prepared.format,
        from: prepared.from,
        to: prepared.to,
        careTeamId: prepared.careTeamId,
        patientIds,
      });
    } catch (error) {
      if (output instanceof Writable) output.destroy(error instanceof Error ? error : undefined);
      throw error;
    }
    await new Promise<void>((resolve, reject) => {
      output.once('error', reject);
      output.end(() => resolve());
    });
  }

  private period(query: AdherenceExportQuery): { from: ClinicalDate; to: ClinicalDate } {
    if (query.from > query.to) throw fieldError('from', 'from must not be after to');
    const today = this.clock.today();
    if (query.from > today) throw fieldError('from', 'from must not be in the future');
    if (daysBetween(query.from, query.to) >= MAX_PERIOD_DAYS) {
      throw fieldError('to', 'the period may span at most three years');
    }
    return { from: query.from, to: earlierOf(query.to, today) };
  }

  /** The care teams to export from; an unknown team or patient, or another team's, is not found. */
  private async scope(query: AdherenceExportQuery, principal: Principal): Promise<string[]> {
    if (query.careTeamId && !principal.teamIds.includes(query.careTeamId)) throw notFound('Care team');
    if (query.patientId) {
      const [patient]: { care_team_id: string }[] = await this.dataSource.query(
        'SELECT care_team_id FROM patient WHERE id = $1',
        [query.patientId],
      );
      const visible = patient && principal.teamIds.includes(patient.care_team_id);
      if (!visible || (query.careTeamId && patient.care_team_id !== query.careTeamId)) throw notFound('Patient');
      return [patient.care_team_id];
    }
    return query.careTeamId ? [query.careTeamId] : principal.teamIds;
  }

  /** 403 naming the patients with no active consent for this recipient, purpose and content. */
  private async checkConsents(
    query: AdherenceExportQuery,
    careTeamIds: string[],
    recipient: string,
    purpose: string,
  ): Promise<void> {
    const requiredScope = DISCLOSED_SCOPES[query.format];
    const today = this.clock.today();
    const missing: { id: string; missing_count: number }[] = await this.dataSource.query(
      `SELECT p.id, COUNT(*) OVER ()::int AS missing_count
         FROM patient p
        WHERE p.care_team_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR p.id = $2)
          AND NOT ${consentInForceSql('p.id', { recipient: '$3', purpose: '$4', scope: '$5', today: '$6' })}
        ORDER BY p.id
        LIMIT $7`,
      [careTeamIds, query.patientId ?? null, recipient, purpose, requiredScope, today, MISSING_CONSENT_IDS_SHOWN],
    );
    if (missing.length === 0) return;
    const missingCount = missing[0]?.missing_count ?? missing.length;
    throw new ApiException(
      403,
      'CONSENT_REQUIRED',
      `${missingCount} patient(s) have no active consent to disclose these records to ${recipient} for ${purpose}`,
      { recipient, purpose, requiredScope, missingCount, patientIds: missing.map((row) => row.id) },
    );
  }
}
