import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { ApiException } from '../common/errors/api-exception.js';
import { notFound } from '../common/errors/not-found.js';
import { AdherenceExportService } from '../reports/adherence-export.service.js';
import type { AdherenceExportQuery } from '../reports/dto/adherence-export-query.dto.js';
import type { ExportJobViewDto } from './dto/export-job-view.dto.js';
import { ExportDownloadCheck } from './export-download-check.js';
import type { ExportJob, StoredExportQuery } from './export-job.entity.js';
import { ExportJobStore } from './export-job-store.js';
import { ExportWorker } from './export-worker.js';

export interface ExportDownload {
  stream: Readable;
  contentType: string;
  fileName: string;
  byteSize: number;
}

/** Background exports one clinician may have queued or running at once. */
export const MAX_UNFINISHED_PER_CLINICIAN = 3;

@Injectable()
export class ExportJobsService {
  constructor(
    private readonly store: ExportJobStore,
    private readonly exports: AdherenceExportService,
    private readonly worker: ExportWorker,
    private readonly downloadCheck: ExportDownloadCheck,
  ) {}

  /**
   * Checks the export as the synchronous report would (scope, consent, size) so a refusal answers
   * at once, then queues it. The worker checks again when it runs: consents and teams may change.
   */
  async create(query: AdherenceExportQuery, principal: Principal): Promise<ExportJobViewDto> {
    // One clinician cannot fill the queue: every instance runs one export at a time.
    if ((await this.store.unfinishedCount(principal.clinicianId)) >= MAX_UNFINISHED_PER_CLINICIAN) {
      throw new ApiException(
        409,
        'EXPORTS_IN_PROGRESS',
        `You have ${MAX_UNFINISHED_PER_CLINICIAN} exports queued or running; start another once one has finished`,
      );
    }
    const prepared = await this.exports.prepare(query, principal);
    const job = await this.store.create({
      requestedBy: principal.clinicianId,
      query: storedQueryOf(query),
      format: query.format,
      rowsTotal: prepared.rowCount,
      patientsTotal: prepared.patientCount,
    });
    this.worker.kick();
    return viewOf(job);
  }

  async get(id: string, principal: Principal): Promise<ExportJobViewDto> {
    return viewOf(await this.own(id, principal));
  }

  async list(principal: Principal): Promise<ExportJobViewDto[]> {
    return (await this.store.listForRequester(principal.clinicianId)).map(viewOf);
  }

  /** The finished file, checked again for its requester, then read one piece at a time as they take it. */
  async download(id: string, principal: Principal): Promise<ExportDownload> {
    const job = await this.own(id, principal);
    if (job.status !== 'done' || !job.contentType || !job.fileName) {
      throw new ApiException(409, 'EXPORT_NOT_READY', `The export is ${job.status}, not ready to download`);
    }
    await this.downloadCheck.check(job, principal);
    const store = this.store;
    async function* pieces() {
      for (let seq = 0; ; seq += 1) {
        const data = await store.chunk(id, seq);
        if (!data) return;
        yield data;
      }
    }
    return {
      stream: Readable.from(pieces()),
      contentType: job.contentType,
      fileName: job.fileName,
      byteSize: Number(job.byteSize ?? 0),
    };
  }

  /** Another clinician's job answers exactly like a missing one. */
  private async own(id: string, principal: Principal): Promise<ExportJob> {
    const job = await this.store.findForRequester(id, principal.clinicianId);
    if (!job) throw notFound('Export');
    return job;
  }
}

/** The query's own fields only, whatever else the DTO instance carries. */
function storedQueryOf(query: AdherenceExportQuery): StoredExportQuery {
  const { format, from, to, careTeamId, patientId, recipient, purpose } = query;
  return { format, from, to, careTeamId, patientId, recipient, purpose };
}

function viewOf(job: ExportJob): ExportJobViewDto {
  return {
    id: job.id,
    status: job.status,
    rowsDone: job.rowsDone,
    rowsTotal: job.rowsTotal,
    patientsTotal: job.patientsTotal,
    query: job.query,
    errorCode: job.errorCode,
    errorMessage: job.errorMessage,
    downloadUrl: job.status === 'done' ? `/api/exports/${job.id}/download` : null,
    fileName: job.fileName,
    byteSize: job.byteSize === null ? null : Number(job.byteSize),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    expiresAt: job.expiresAt,
  };
}
