import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { AuditService } from './audit.service.js';

describe('audit links of requests written in unusual forms', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  /** The trail is written once the answer is sent: wait for the events of these requests. */
  async function eventsOf(requestIds: string[]): Promise<Record<string, string | null>[]> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const rows = await t.dataSource.query(
        'SELECT request_id, patient_id, resource_id FROM audit_event WHERE request_id = ANY($1) ORDER BY seq',
        [requestIds],
      );
      if (rows.length === requestIds.length) return rows;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('audit events did not arrive');
  }

  it('keep the chain whole when a patient id comes in upper case', async () => {
    const own = await t.newPatient();
    const missing = randomUUID();
    await t.api.get(`/api/patients/${missing.toUpperCase()}`).set('x-request-id', 'upper-missing').expect(404);
    await t.api.get(`/api/patients/${own.id.toUpperCase()}`).set('x-request-id', 'upper-own').expect(200);

    expect(await eventsOf(['upper-missing', 'upper-own'])).toEqual([
      expect.objectContaining({ request_id: 'upper-missing', patient_id: missing }),
      expect.objectContaining({ request_id: 'upper-own', patient_id: own.id }),
    ]);
    await expect(t.app.get(AuditService).verify()).resolves.toMatchObject({ ok: true });
  });

  it('record a request whose path parameter holds NUL, which PostgreSQL text cannot', async () => {
    await t.api.get('/api/patients/a%00b').set('x-request-id', 'nul-param').expect(400);
    expect(await eventsOf(['nul-param'])).toEqual([
      { request_id: 'nul-param', patient_id: null, resource_id: 'a\uFFFDb' },
    ]);
    await expect(t.app.get(AuditService).verify()).resolves.toMatchObject({ ok: true });
  });
});
