import { addDays, clinicalDateOf } from '@naltrack/domain';
import type { ApiClient } from './api-client.js';
import { eventually } from './write-traffic.js';

export interface ExportJobView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  rowsDone: number;
  rowsTotal: number | null;
  errorCode: string | null;
}

/** Queues a background export long enough to be caught running: a year of PDF pages for a whole team. */
export async function queueLongExport(client: ApiClient): Promise<string> {
  const today = clinicalDateOf(new Date(), 'America/New_York');
  const created = await client.post('/api/exports', { format: 'pdf', from: addDays(today, -365), to: today });
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
