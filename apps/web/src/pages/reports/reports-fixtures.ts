import type { CareTeamSummary } from '../../api/care-teams';
import type { ExportJob } from '../../api/exports';
import type { MockReply, MockRoute } from '../../test/mock-api';
import { SIGNED_IN } from '../../test/session-fixtures';

export const REPORT = 'GET /api/reports/adherence';
export const JOBS = 'GET /api/exports';
export const CREATE_JOB = 'POST /api/exports';
export const JOB_ID = '9a1b2c3d-0000-4000-8000-00000000e001';
export const JOB = `GET /api/exports/${JOB_ID}`;

export const TEAMS: CareTeamSummary[] = [
  { id: 't1', code: 'north', name: 'North Clinic', requireLeadApproval: false, patientCount: 100, activeCount: 80 },
  { id: 't2', code: 'south', name: 'South Clinic', requireLeadApproval: false, patientCount: 2400, activeCount: 2000 },
];

export function exportJob(overrides: Partial<ExportJob> = {}): ExportJob {
  return {
    id: JOB_ID,
    status: 'queued',
    rowsDone: 0,
    rowsTotal: 7200,
    patientsTotal: 2400,
    query: { format: 'csv', from: '2026-03-01', to: '2026-05-01', careTeamId: 't2' },
    errorCode: null,
    errorMessage: null,
    downloadUrl: null,
    fileName: null,
    byteSize: null,
    createdAt: '2026-05-01T14:05:00.000Z',
    finishedAt: null,
    expiresAt: null,
    ...overrides,
  };
}

export const DONE_JOB = exportJob({
  status: 'done',
  rowsDone: 7200,
  downloadUrl: `/api/exports/${JOB_ID}/download`,
  fileName: 'adherence-team-t2-2026-03-01-to-2026-05-01.csv',
  byteSize: 812_000,
  finishedAt: '2026-05-01T14:06:00.000Z',
});

export function ok(body: unknown): MockReply {
  return { status: 200, body };
}

export function apiError(statusCode: number, code: string, message: string, details?: unknown): MockReply {
  return { status: statusCode, body: { statusCode, code, message, ...(details ? { details } : {}) } };
}

/** What the Reports page and the layout around it read, with nothing exported yet. */
export function reportsRoutes(overrides: Record<string, MockRoute> = {}): Record<string, MockRoute> {
  return {
    'GET /api/auth/me': SIGNED_IN,
    'GET /api/health': ok({ status: 'ok', database: 'up' }),
    'GET /api/discontinuation-requests': ok([]),
    'GET /api/care-teams': ok(TEAMS),
    [JOBS]: ok([]),
    ...overrides,
  };
}
