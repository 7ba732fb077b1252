import { addDays, clinicalDateOf } from '@naltrack/domain';
import type { ApiClient } from './api-client.js';
import { eventually } from './write-traffic.js';
import type { Sql } from './written-records.js';

export interface ExportJobView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  rowsDone: number;
  rowsTotal: number | null;
  errorCode: string | null;
}

/** The demo prescriber of North Clinic joins every team, so that an export of theirs covers the whole cohort. */
export async function joinEveryTeam(sql: Sql, email: string): Promise<void> {
  await sql(
    `INSERT INTO care_team_membership (care_team_id, clinician_id)
     SELECT t.id, c.id FROM care_team t CROSS JOIN clinician c WHERE c.email = $1
     ON CONFLICT DO NOTHING`,
    [email],
  );
}

/**
 * Queues a background export long enough to be caught running (tens of seconds here): three years
 * of PDF pages for every patient of the requester's teams.
 */
export async function queueLongExport(client: ApiClient): Promise<string> {
  const today = clinicalDateOf(new Date(), 'America/New_York');
  const created = await client.post('/api/exports', { format: 'pdf', from: addDays(today, -1_095), to: today });
  if (created.status !== 202) throw new Error(`export not queued: ${JSON.stringify(created).slice(0, 300)}`);
  return (created.body as { id: string }).id;
}

/** The job once it reaches one of the statuses; the last view seen when it does not in time. */
export async function exportJobOnceIn(
  client: ApiClient,
  id: string,
  statuses: ExportJobView['status'][],
  timeoutMs: number,
): Promise<ExportJobView | undefined> {
  let job: ExportJobView | undefined;
  await eventually(
    async () => {
      const answer = await client.get(`/api/exports/${id}`);
      if (answer.status === 200) job = answer.body as ExportJobView;
      return job !== undefined && statuses.includes(job.status);
    },
    timeoutMs,
    250,
  );
  return job;
}
