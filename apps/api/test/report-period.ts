import { addDays, type ClinicalDate } from '@naltrack/domain';
import type { ApiClient } from './test-app.js';
import { TEST_TODAY } from './test-clock.js';

const firstOfMonth = (day: ClinicalDate): ClinicalDate => `${day.slice(0, 8)}01`;

/** The report specs' period: the two whole months before the test clock's (m0, m1), through `end`. */
export function lastTwoWholeMonths(): { m0: ClinicalDate; m1: ClinicalDate; end: ClinicalDate } {
  const thisMonth = firstOfMonth(TEST_TODAY);
  const m1 = firstOfMonth(addDays(thisMonth, -1));
  return { m0: firstOfMonth(addDays(m1, -1)), m1, end: addDays(thisMonth, -1) };
}

/** POSTs a record for a spec's setup and answers it; anything but 201 fails with the API's answer. */
export async function created(client: ApiClient, url: string, body: object): Promise<{ id: string }> {
  const response = await client.post(url).send(body);
  if (response.status !== 201) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}
