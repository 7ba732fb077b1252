import type { CaseloadFlag } from '@naltrack/domain';
import { statementsSent } from '../../test/statements-sent.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { CASELOAD_SORTS, resolveSort } from './caseload-sort.js';
import { PatientSummaryService } from './patient-summary.service.js';

interface Item {
  patientId: string;
  familyName: string;
  mrn: string;
  pdc90: number | null;
  flags: CaseloadFlag[];
}

describe('GET /api/caseload', () => {
  let t: TestApp;
  let north: string;
  let south: string;

  /** A patient whose caseload row carries the given metrics. */
  async function patient(careTeamId: string, familyName: string, pdc90: number | null, flags: CaseloadFlag[] = []) {
    const created = await t.newPatient({ careTeamId, familyName, givenName: 'Test', status: 'active' });
    await t.dataSource.query('UPDATE patient_summary SET pdc90 = $2, flags = $3 WHERE patient_id = $1', [
      created.id,
      pdc90,
      flags,
    ]);
    return created;
  }

  const get = (query: Record<string, string | number>) => t.api.get('/api/caseload').query(query);

  beforeAll(async () => {
    t = await createTestApp();
    north = (await t.newCareTeam()).id;
    south = (await t.newCareTeam()).id;
    await patient(north, 'Adams', 0.95);
    await patient(north, 'Baker', 0.5, ['low_adherence', 'injection_overdue']);
    await patient(north, 'Clark', null);
    await patient(north, 'Davis', 0.5, ['low_adherence']);
    await patient(north, 'Evans', 0.7, ['low_adherence', 'craving_high']);
    await patient(north, 'Fox_Hunt', 1);
    await patient(north, 'Green', 0.88);
    await patient(south, 'Zimmer', 0.1, ['low_adherence']);
  });

  afterAll(() => t.close());

  /** Every page of a listing, following nextCursor. */
  async function walk(query: Record<string, string | number>): Promise<Item[][]> {
    const pages: Item[][] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Item[]; nextCursor: string | null } } = await get(
        cursor ? { ...query, cursor } : query,
      ).expect(200);
      pages.push(page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor && pages.length < 10);
    return pages;
  }

  it('pages through a team by name with a keyset cursor', async () => {
    const pages = await walk({ careTeamId: north, limit: 3 });
    expect(pages.map((page) => page.map((item) => item.familyName))).toEqual([
      ['Adams', 'Baker', 'Clark'],
      ['Davis', 'Evans', 'Fox_Hunt'],
      ['Green'],
    ]);
  });

  it('sorts by PDC either way with missing values last and ties kept apart', async () => {
    const ascending = (await walk({ careTeamId: north, sort: 'pdc90', limit: 2 })).flat();
    expect(ascending.map((item) => item.pdc90)).toEqual([0.5, 0.5, 0.7, 0.88, 0.95, 1, null]);
    expect(new Set(ascending.map((item) => item.patientId)).size).toBe(7);

    const descending = (await walk({ careTeamId: north, sort: '-pdc90', limit: 4 })).flat();
    expect(descending.map((item) => item.pdc90)).toEqual([1, 0.95, 0.88, 0.7, 0.5, 0.5, null]);
  });

  it('filters by flag while counting every flag over the other filters', async () => {
    const response = await get({ careTeamId: north, flag: 'low_adherence', sort: 'name' }).expect(200);
    expect(response.body.items.map((item: Item) => item.familyName)).toEqual(['Baker', 'Davis', 'Evans']);
    expect(response.body.total).toBe(3);
    expect(response.body.counts).toMatchObject({
      low_adherence: 3,
      injection_overdue: 1,
      craving_high: 1,
      early_relapse: 0,
    });
  });

  it('searches names and MRNs case-insensitively, taking % and _ literally', async () => {
    const byName = await get({ q: 'aDaMs' }).expect(200);
    expect(byName.body.items.map((item: Item) => item.familyName)).toEqual(['Adams']);

    const zimmer = (await get({ q: 'zimmer' }).expect(200)).body.items[0] as Item;
    const byMrn = await get({ q: zimmer.mrn.slice(4).toUpperCase() }).expect(200);
    expect(byMrn.body.items.map((item: Item) => item.patientId)).toEqual([zimmer.patientId]);

    expect((await get({ q: 'x_h' }).expect(200)).body.items.map((item: Item) => item.familyName)).toEqual(['Fox_Hunt']);
    expect((await get({ q: '%' }).expect(200)).body.items).toEqual([]);
  });

  it('filters by status and team', async () => {
    const response = await get({ careTeamId: south, status: 'active,tapering' }).expect(200);
    expect(response.body.items.map((item: Item) => item.familyName)).toEqual(['Zimmer']);
    expect((await get({ careTeamId: south, status: 'discontinued' }).expect(200)).body.total).toBe(0);
  });

  describe("over all of the caller's teams", () => {
    beforeAll(async () => {
      // Spread the other sort columns, with some values missing and some tied.
      await t.dataSource.query(
        `UPDATE patient_summary s SET
           pdc30 = CASE WHEN n % 4 = 0 THEN NULL ELSE (n % 3) / 4.0 END,
           days_on_naltrexone = CASE WHEN n % 3 = 0 THEN NULL ELSE n * 7 % 5 END,
           injection_due_on = CASE WHEN n % 2 = 0 THEN NULL ELSE DATE '2026-01-01' + (n % 3) END,
           latest_pacs = CASE WHEN n % 5 = 0 THEN NULL ELSE n % 4 END,
           last_session_on = CASE WHEN n % 3 = 1 THEN NULL ELSE DATE '2025-12-01' + n END
          FROM (SELECT patient_id, row_number() OVER (ORDER BY family_name)::int AS n FROM patient_summary) o
         WHERE o.patient_id = s.patient_id`,
      );
    });

    it.each(CASELOAD_SORTS)('merges the teams into one order page after page, sorted by %s', async (sort) => {
      const expected: { patient_id: string }[] = await t.dataSource.query(
        `SELECT s.patient_id FROM patient_summary s WHERE s.care_team_id = ANY($1::uuid[])
          ORDER BY ${resolveSort(sort).orderBy}`,
        [[north, south]],
      );
      const walked = (await walk({ sort, limit: 3 })).flat();
      expect(walked.map((item) => item.patientId)).toEqual(expected.map((row) => row.patient_id));
    });
  });

  it('keeps the flag counters equal to a recount as patients change team, status and flags, or leave', async () => {
    const recount = `
      SELECT s.care_team_id, s.status::text, f.flag, COUNT(*)::int AS patients
        FROM patient_summary s CROSS JOIN LATERAL unnest(array_prepend('', s.flags)) AS f(flag)
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const counters = `
      SELECT care_team_id, status::text, flag, SUM(patients)::int AS patients FROM caseload_count
       GROUP BY 1, 2, 3 HAVING SUM(patients) <> 0 ORDER BY 1, 2, 3`;
    const moved = await patient(south, 'Mover', 0.2, ['low_adherence']);
    const leaving = await patient(south, 'Leaver', 0.3, ['craving_high']);
    await t.dataSource.query(
      `UPDATE patient_summary SET care_team_id = $2, status = 'tapering', flags = '{craving_high}' WHERE patient_id = $1`,
      [moved.id, north],
    );
    await t.dataSource.query('DELETE FROM patient WHERE id = $1', [leaving.id]);
    // One statement changing many rows, some of them not at all.
    await t.dataSource.query(`UPDATE patient_summary SET flags = flags WHERE care_team_id = $1`, [north]);
    await t.dataSource.query(`UPDATE patient_summary SET status = 'tapering' WHERE patient_id = $1`, [moved.id]);
    expect(await t.dataSource.query(counters)).toEqual(await t.dataSource.query(recount));

    const page = await get({ careTeamId: north, status: 'tapering' }).expect(200);
    expect(page.body.total).toBe(1);
    expect(page.body.counts.craving_high).toBe(1);
    await t.dataSource.query('DELETE FROM patient WHERE id = $1', [moved.id]);
  });

  it('refreshes the rows computed before today in batches, skipping patients a writer holds', async () => {
    const [{ today }] = await t.dataSource.query('SELECT MAX(as_of)::text AS today FROM patient_summary');
    const held = await patient(south, 'Held', 0.4);
    await t.dataSource.query(`UPDATE patient_summary SET as_of = as_of - 1, pdc90 = 0.01`);
    const total: number = (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM patient_summary'))[0].n;
    // Row locks need two sessions: a server has them; the embedded database runs every
    // connection in its one session, where nothing can be held against the refresher.
    const writer = process.env.TEST_DATABASE_URL ? t.dataSource.createQueryRunner() : null;
    await writer?.startTransaction();
    try {
      await writer?.query('SELECT 1 FROM patient WHERE id = $1 FOR UPDATE', [held.id]);
      expect(await t.app.get(PatientSummaryService).refreshStale(3)).toBe(writer ? total - 1 : total);
    } finally {
      await writer?.rollbackTransaction();
      await writer?.release();
    }
    const stale = await t.dataSource.query('SELECT patient_id FROM patient_summary WHERE as_of < $1', [today]);
    expect(stale).toEqual(writer ? [{ patient_id: held.id }] : []);
    // Rebuilt from the records, which hold no doses: the made-up PDC is gone.
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*)::int AS n FROM patient_summary WHERE pdc90 = 0.01');
    expect(n).toBe(writer ? 1 : 0);
    await t.dataSource.query('DELETE FROM patient WHERE id = $1', [held.id]);
  });

  it('reads each page with one SQL statement', async () => {
    const statements = await statementsSent(async () => {
      const first = await get({ careTeamId: north, limit: 2, sort: '-pdc90' }).expect(200);
      await get({ careTeamId: north, limit: 2, sort: '-pdc90', cursor: first.body.nextCursor }).expect(200);
    });
    // Sign-in and the audit trail add their own statements; the caseload itself is one per page.
    expect(statements.filter((statement) => statement.includes('patient_summary'))).toHaveLength(2);
  });

  it.each([
    [{ sort: 'birthDate' }, 'sort'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 500 }, 'limit'],
    [{ flag: 'sad' }, 'flag'],
    [{ status: 'active,asleep' }, 'status'],
    [{ careTeamId: 'north' }, 'careTeamId'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ unknown: 'x' }, 'unknown'],
  ])('refuses %p with a 400 naming %s', async (query, field) => {
    const response = await get(query).expect(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('refuses a cursor from another sort order', async () => {
    const byName = await get({ careTeamId: north, limit: 1 }).expect(200);
    const response = await get({ careTeamId: north, limit: 1, sort: 'pdc90', cursor: byName.body.nextCursor }).expect(
      400,
    );
    expect(response.body.details.fields[0].field).toBe('cursor');
  });
});
