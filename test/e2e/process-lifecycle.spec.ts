import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exitCodeWithin, freePort, startApp, waitForHealth } from './app-process.js';
import { DEMO_PASSWORD } from './pages/login-page.js';

interface CareTeam {
  id: string;
  code: string;
  patientCount: number;
}

/** The care teams a demo prescriber sees, signed in through the API. */
async function careTeamsOf(baseUrl: string, email: string): Promise<CareTeam[]> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  return (await (await fetch(`${baseUrl}/api/care-teams`, { headers: { cookie } })).json()) as CareTeam[];
}

test.describe('the app process on the embedded database', () => {
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'naltrack-lifecycle-'));
  });

  test.afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('starts with the demo cohort, exits 0 on SIGTERM within 10 s and keeps its data', async () => {
    const port = String(await freePort());
    const first = startApp({ PORT: port, DATA_DIR: dataDir });
    await waitForHealth(first);
    expect(first.output()).toContain(`Naltrack is ready at http://localhost:${port}`);
    expect((await fetch(`${first.url}/api/care-teams`)).status).toBe(401);
    const before = await careTeamsOf(first.url, 'prescriber.north@example.org');
    expect(before).toEqual([expect.objectContaining({ code: 'north', patientCount: 100 })]);

    const stopping = Date.now();
    first.child.kill('SIGTERM');
    expect(await exitCodeWithin(first, 10_000)).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);

    const second = startApp({ PORT: port, DATA_DIR: dataDir });
    await waitForHealth(second);
    const after = await careTeamsOf(second.url, 'prescriber.north@example.org');
    // The same rows, not a second cohort: the data survived and seeding left it alone.
    expect(after).toEqual(before);
    expect(second.output()).not.toMatch(/recover/i);
    second.child.kill('SIGINT');
    expect(await exitCodeWithin(second, 10_000)).toBe(0);
  });

  test('refuses to start on a bad variable and names it', async () => {
    const app = startApp({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await exitCodeWithin(app, 10_000)).toBe(1);
    expect(app.output()).toContain('PORT');
    expect(app.output()).not.toMatch(/\n\s+at /);
  });
});
