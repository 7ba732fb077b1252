import request from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { APP_CONFIG } from '../config/runtime-config.js';
import { AuditService } from './audit.service.js';
import { AUDIT_KEY } from './audit-key.js';

interface AuditRow {
  seq: string;
  action: string;
  actorId: string | null;
  actorLabel: string | null;
  patientId: string | null;
  outcome: string;
  statusCode: number;
}

describe('the audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ tampersWithAudit: true });
  });

  afterAll(() => t.close());

  /** The trail is written once the answer is sent; wait until it holds `count` events. */
  async function eventsAfter(before: number, count: number): Promise<AuditRow[]> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const rows = await t.dataSource.query(
        `SELECT seq, action, actor_id AS "actorId", actor_label AS "actorLabel", patient_id AS "patientId",
                outcome, status_code AS "statusCode"
           FROM audit_event WHERE seq > $1 ORDER BY seq`,
        [before],
      );
      if (rows.length >= count) return rows;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('audit events did not arrive');
  }

  const lastSeq = async () =>
    Number((await t.dataSource.query('SELECT COALESCE(MAX(seq), 0) AS n FROM audit_event'))[0].n);

  it('records reads, writes, denials and failed sign-ins, without clinical values', async () => {
    const patient = await t.newPatient({ familyName: 'Audited' });
    const outsider = await t.as(['nurse'], [(await t.newCareTeam()).id]);
    const before = await lastSeq();

    await t.api.get(`/api/patients/${patient.id}`).expect(200);
    await outsider.get(`/api/patients/${patient.id}`).expect(404);
    await request(t.server)
      .post('/api/auth/login')
      .send({ email: 'mallory@example.test', password: 'guessing-passwords' })
      .expect(401);

    const rows = await eventsAfter(before, 3);
    expect(rows.slice(0, 3)).toEqual([
      expect.objectContaining({
        action: 'GET /api/patients/:id',
        actorId: t.api.clinician.id,
        patientId: patient.id,
        outcome: 'success',
        statusCode: 200,
      }),
      expect.objectContaining({
        action: 'GET /api/patients/:id',
        actorId: outsider.clinician.id,
        patientId: patient.id,
        outcome: 'denied',
        statusCode: 404,
      }),
      expect.objectContaining({
        action: 'POST /api/auth/login',
        actorId: null,
        actorLabel: 'mallory@example.test',
        outcome: 'denied',
      }),
    ]);
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_event WHERE seq > $1', [before]));
    expect(stored).not.toContain('Audited');
    expect(stored).not.toContain('guessing-passwords');
  });

  it('lets auditors read and verify it, and nobody else', async () => {
    await t.api.get('/api/audit-events').expect(403);
    const auditor = await t.as(['auditor']);
    const page = await auditor.get('/api/audit-events').query({ limit: 2 }).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(Number(page.body.items[0].seq)).toBeGreaterThan(Number(page.body.items[1].seq));
    const older = await auditor.get('/api/audit-events').query({ limit: 2, before: page.body.nextBefore }).expect(200);
    expect(Number(older.body.items[0].seq)).toBeLessThan(Number(page.body.items[1].seq));
    const verified = await auditor.get('/api/audit-events/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: true, checked: expect.any(Number) });
    expect(verified.body.checked).toBeGreaterThanOrEqual(4);
  });

  it('links concurrent appends in call order, several to a transaction, and one bad entry costs no other', async () => {
    const audit = t.app.get(AuditService);
    const events = await Promise.all(
      Array.from({ length: 60 }, (_, i) => audit.append({ action: `TEST concurrent ${i}`, outcome: 'success' })),
    );
    const seqs = events.map((event) => Number(event.seq));
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
    expect(events.map((event) => event.action)).toEqual(events.map((_, i) => `TEST concurrent ${i}`));
    // Entries that waited for the write in flight went together: far fewer write times than events.
    expect(new Set(events.map((event) => event.occurredAt.getTime())).size).toBeLessThan(10);

    const mixed = await Promise.allSettled([
      audit.append({ action: 'TEST before', outcome: 'success' }),
      audit.append({ action: 'TEST bad', outcome: 'not-an-outcome' as 'success' }),
      audit.append({ action: 'TEST after', outcome: 'success' }),
    ]);
    expect(mixed.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('has the event committed by the time the answer arrives', async () => {
    const response = await t.api.get('/api/auth/me').set('x-request-id', 'audit-before-answer').expect(200);
    const rows: { action: string }[] = await t.dataSource.query(
      'SELECT action FROM audit_event WHERE request_id = $1',
      [response.headers['x-request-id']],
    );
    expect(rows).toEqual([{ action: 'GET /api/auth/me' }]);
  });

  it('links the appends of two instances into one chain, whichever takes a seq first', async () => {
    const one = t.app.get(AuditService);
    const other = new AuditService(t.dataSource, t.app.get(AUDIT_KEY), t.app.get(APP_CONFIG));
    const events = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? one : other).append({ action: `TEST two instances ${i}`, outcome: 'success' }),
      ),
    );
    expect(new Set(events.map((event) => event.seq)).size).toBe(40);
    expect(await one.verify()).toMatchObject({ ok: true });
  });

  it('refuses UPDATE and DELETE, and the verifier finds a row its owner altered', async () => {
    await expect(t.dataSource.query("UPDATE audit_event SET action = 'x' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_event WHERE seq = 1')).rejects.toThrow(/append-only/);

    // As the table's owner: switch the guard off, rewrite history, switch it back on.
    await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await t.dataSource.query("UPDATE audit_event SET actor_label = 'someone else' WHERE seq = 2");
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');

    const auditor = await t.as(['auditor']);
    const verified = await auditor.get('/api/audit-events/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: false, firstBrokenId: '2' });
  });
});
