import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exitCodeWithin, freePort, startApp, waitForHealth } from './app-process.js';

interface CareTeam {
  id: string;
  code: string;
  patientCount: number;
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
    const before = (await (await fetch(`${first.url}/api/care-teams`)).json()) as CareTeam[];
    expect(before.map((team) => team.code).sort()).toEqual(['east', 'north', 'south']);

    const stopping = Date.now();
    first.child.kill('SIGTERM');
    expect(await exitCodeWithin(first, 10_000)).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);

    const second = startApp({ PORT: port, DATA_DIR: dataDir });
    await waitForHealth(second);
    const after = (await (await fetch(`${second.url}/api/care-teams`)).json()) as CareTeam[];
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
