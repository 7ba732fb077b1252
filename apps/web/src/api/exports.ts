import { apiClient } from './api-client';
import { ApiError } from './api-error';
import type { ApiSchema } from './api-schemas';

export const EXPORT_FORMATS = ['csv', 'pdf', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an adherence export covers; the body of `POST /exports` and the query of `GET /reports/adherence`. */
export type ExportQuery = ApiSchema<'ExportJobQueryDto'>;

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/** A background export. Mirrors the API's ExportJobViewDto. */
export type ExportJob = ApiSchema<'ExportJobViewDto'>;

/** A file the browser holds, ready to save. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The API's answer when an export is too large to stream directly: it must run as a job. */
export const USE_BACKGROUND_EXPORT = 'USE_BACKGROUND_EXPORT';

export function isRunning(job: Pick<ExportJob, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

export function getExportJobs(signal?: AbortSignal): Promise<ExportJob[]> {
  return apiClient.get<ExportJob[]>('/exports', { signal });
}

export function getExportJob(id: string, signal?: AbortSignal): Promise<ExportJob> {
  return apiClient.get<ExportJob>(`/exports/${encodeURIComponent(id)}`, { signal });
}

export function createExportJob(query: ExportQuery): Promise<ExportJob> {
  return apiClient.post<ExportJob>('/exports', query);
}

function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * `GET /reports/adherence`: the whole file at once, for exports small enough to stream directly.
 * Files are not JSON, so this reads the body as a Blob; a refusal is the API's JSON error, thrown
 * as an ApiError like any other. A GET needs the session cookie only, no CSRF token.
 */
export async function downloadAdherenceReport(query: ExportQuery): Promise<DownloadedFile> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value) params.append(key, value);
  }
  let response: Response;
  try {
    response = await fetch(`/api/reports/adherence?${params}`, { credentials: 'same-origin' });
  } catch (error) {
    throw ApiError.network(error);
  }
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not ours (a proxy's page): fromResponse words it generically.
    }
    throw ApiError.fromResponse(response.status, body, response.headers.get('x-request-id'));
  }
  const blob = await response.blob();
  return { blob, fileName: fileNameOf(response.headers.get('content-disposition'), `adherence.${query.format}`) };
}
