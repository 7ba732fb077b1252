import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { ApiException } from '../common/errors/api-exception.js';
import { notFound } from '../common/errors/not-found.js';
import type { ExportFormat } from '../reports/dto/adherence-export-query.dto.js';
import { consentInForceSql, DISCLOSED_SCOPES, MISSING_CONSENT_IDS_SHOWN } from '../reports/export-consent.js';
import type { ExportJob } from './export-job.entity.js';

/**
 * A finished file is checked again at each download, since teams and consents change after it was
 * written: the requester must still see every patient in it (else 404, as for a missing export) and
 * a disclosure needs every consent still in force (else 403 CONSENT_REQUIRED, as the report answers).
 */
@Injectable()
export class ExportDownloadCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
  ) {}

  async check(job: ExportJob, principal: Principal): Promise<void> {
    const patientIds = job.patientIds;
    const { careTeamId, recipient, purpose } = job.query;
    // A file written before its patients were kept cannot be checked: it is served to no one.
    if (!patientIds || (careTeamId && !principal.teamIds.includes(careTeamId))) throw notFound('Export');
    const [counted]: { hidden: number }[] = await this.dataSource.query(
      `SELECT COUNT(*)::int AS hidden FROM unnest($1::uuid[]) AS f(id)
        WHERE NOT EXISTS (SELECT 1 FROM patient p WHERE p.id = f.id AND p.care_team_id = ANY($2::uuid[]))`,
      [patientIds, principal.teamIds],
    );
    if ((counted?.hidden ?? 0) > 0) throw notFound('Export');
    const to = recipient?.trim();
    const why = purpose?.trim();
    if (to && why) await this.checkConsents(patientIds, job.format as ExportFormat, to, why);
  }

  /** 403 naming the patients of the file whose consent to this recipient and purpose no longer holds. */
  private async checkConsents(patientIds: string[], format: ExportFormat, recipient: string, purpose: string) {
    const requiredScope = DISCLOSED_SCOPES[format];
    const today = this.clock.today();
    const missing: { id: string; missing_count: number }[] = await this.dataSource.query(
      `SELECT f.id, COUNT(*) OVER ()::int AS missing_count
         FROM unnest($1::uuid[]) AS f(id)
        WHERE NOT ${consentInForceSql('f.id', { recipient: '$2', purpose: '$3', scope: '$4', today: '$5' })}
        ORDER BY f.id
        LIMIT $6`,
      [patientIds, recipient, purpose, requiredScope, today, MISSING_CONSENT_IDS_SHOWN],
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
