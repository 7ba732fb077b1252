import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { CLINICAL_SETTINGS } from './clinical-settings.token.js';

async function auditEventsOf(t: TestApp, requestId: string): Promise<unknown[]> {
  return t.dataSource.query('SELECT action, patient_id, outcome FROM audit_event WHERE request_id = $1', [requestId]);
}

describe('GET /api/clinical-settings', () => {
  describe('without CLINICAL_SETTINGS', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });

    afterAll(() => t.close());

    it('answers the defaults to a clinician, audited as a request that reads no patient', async () => {
      const response = await t.api.get('/api/clinical-settings').set('x-request-id', 'settings-read').expect(200);

      expect(response.body).toEqual(DEFAULT_CLINICAL_SETTINGS);
      expect(await auditEventsOf(t, 'settings-read')).toEqual([
        { action: 'GET /api/clinical-settings', patient_id: null, outcome: 'success' },
      ]);
    });

    it('answers any signed-in role, and nobody without credentials', async () => {
      const auditor = await t.as(['auditor']);
      expect((await auditor.get('/api/clinical-settings').expect(200)).body.cravingHighPacs).toBe(
        DEFAULT_CLINICAL_SETTINGS.cravingHighPacs,
      );
      await request(t.server).get('/api/clinical-settings').expect(401);
    });
  });

  describe('with CLINICAL_SETTINGS', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({
        env: { CLINICAL_SETTINGS: JSON.stringify({ cravingHighPacs: 12, readiness: { minPdc: 0.7 } }) },
      });
    });

    afterAll(() => t.close());

    it("answers the clinic's overrides over the defaults, as the rules run them", async () => {
      const response = await t.api.get('/api/clinical-settings').expect(200);

      expect(response.body).toEqual({
        ...DEFAULT_CLINICAL_SETTINGS,
        cravingHighPacs: 12,
        readiness: { ...DEFAULT_CLINICAL_SETTINGS.readiness, minPdc: 0.7 },
      });
      expect(response.body).toEqual(t.app.get<ClinicalSettings>(CLINICAL_SETTINGS));
    });
  });
});
