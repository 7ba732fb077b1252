import type { CareTeamSummary } from '../../api/care-teams';
import type { ExportJob, ExportJobStatus } from '../../api/exports';

const rows = new Intl.NumberFormat('en-US');

/** Rows done of the total, 0-100, whole numbers. */
export function progressPercent(job: Pick<ExportJob, 'status' | 'rowsDone' | 'rowsTotal'>): number {
  if (job.status === 'done') return 100;
  if (!job.rowsTotal) return 0;
  return Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100));
}

export function rowsText(job: Pick<ExportJob, 'rowsDone' | 'rowsTotal'>): string {
  if (job.rowsTotal === null) return `${rows.format(job.rowsDone)} rows`;
  return `${rows.format(job.rowsDone)} of ${rows.format(job.rowsTotal)} rows`;
}

export const STATUS_LABELS: Record<ExportJobStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Ready',
  failed: 'Failed',
};

export const STATUS_COLORS: Record<ExportJobStatus, string> = {
  queued: 'gray',
  running: 'blue',
  done: 'teal',
  failed: 'red',
};

/** Whom a job covers, in words: a team's name, one patient, or all of the user's teams. */
export function coverageOf(job: ExportJob, teams: readonly CareTeamSummary[] | undefined): string {
  if (job.query.patientId) return 'One patient';
  if (!job.query.careTeamId) return 'All my care teams';
  return teams?.find((team) => team.id === job.query.careTeamId)?.name ?? 'One care team';
}

const created = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function requestedAt(job: Pick<ExportJob, 'createdAt'>): string {
  return created.format(new Date(job.createdAt));
}
