import { type ApiClient, signIn, tokenClient } from './api-client.js';
import type { Clinic } from './write-traffic.js';

/** The demo cohort's password (README: demo accounts). */
export const DEMO_PASSWORD = 'naltrack-demo-password';

/** North Clinic of the demo cohort: its team, its active patients and two of its clinicians. */
export async function northClinic(baseUrl: string): Promise<Clinic> {
  const prescriber = await tokenClient(baseUrl, 'prescriber.north@example.org', DEMO_PASSWORD);
  const therapist = await tokenClient(baseUrl, 'therapist.north@example.org', DEMO_PASSWORD);
  const page = await prescriber.get('/api/caseload?status=active&limit=40');
  const items = (page.body as { items?: { patientId: string; careTeamId: string }[] }).items ?? [];
  const careTeamId = items[0]?.careTeamId;
  if (page.status !== 200 || !careTeamId) throw new Error(`no caseload: ${JSON.stringify(page).slice(0, 300)}`);
  return { careTeamId, patientIds: items.map((item) => item.patientId), prescriber, therapist };
}

/** The audit chain as the auditor's verifier sees it. */
export async function verifyAuditChain(baseUrl: string): Promise<{ ok: boolean; checked: number }> {
  const auditor: ApiClient = await signIn(baseUrl, 'auditor@example.org', DEMO_PASSWORD);
  const answer = await auditor.get('/api/audit-events/verify');
  if (answer.status !== 200) throw new Error(`verify answered ${JSON.stringify(answer)}`);
  return answer.body as { ok: boolean; checked: number };
}
