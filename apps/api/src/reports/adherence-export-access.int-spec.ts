import { addDays, type ClinicalDate } from '@naltrack/domain';
import request from 'supertest';
import { newCareTeam, newPatient } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import type { Patient } from '../patients/patient.entity.js';
import { DISCLOSED_SCOPES } from './export-consent.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const firstOfMonth = (day: ClinicalDate) => `${day.slice(0, 8)}01`;

describe('adherence exports: who may export what, and to whom', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const from = firstOfMonth(addDays(firstOfMonth(today), -1));
  const to = addDays(firstOfMonth(today), -1);
  let teamId: string;
  let patient: Patient;
  let other: Patient;

  const exportOf = (query: Record<string, string | undefined>) =>
    t.api.get('/api/reports/adherence').query({ format: 'csv', from, to, ...query });
  const disclosures = async () =>
    (await t.dataSource.query('SELECT COUNT(*)::int AS n FROM disclosure'))[0].n as number;
  const consent = (patientId: string, change: object = {}) =>
    t.api
      .post(`/api/patients/${patientId}/consents`)
      .send({
        recipient: 'Acme Health Plan',
        purpose: 'payment',
        scope: [...DISCLOSED_SCOPES.csv],
        effectiveOn: today,
        expiresOn: addDays(today, 365),
        ...change,
      })
      .expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    teamId = (await t.newCareTeam()).id;
    patient = await t.newPatient({ careTeamId: teamId });
    // A patient of a team the caller does not belong to.
    other = await newPatient(t.dataSource, { careTeamId: (await newCareTeam(t.dataSource)).id });
  });

  afterAll(() => t.close());

  describe('scope', () => {
    it.each([
      ['another team’s patient', () => ({ patientId: other.id })],
      ['another team', () => ({ careTeamId: other.careTeamId })],
      ['an unknown patient', () => ({ patientId: MISSING_ID })],
      ['a patient outside the team named', () => ({ patientId: patient.id, careTeamId: other.careTeamId })],
    ])('answers 404 for %s, recording nothing', async (_case, query) => {
      const before = await disclosures();
      const response = await exportOf(query()).expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(await disclosures()).toBe(before);
    });

    it('refuses administrators and auditors, who read no clinical records', async () => {
      for (const role of ['admin', 'auditor'] as const) {
        const caller = await t.as([role], [teamId]);
        await caller.get('/api/reports/adherence').query({ format: 'csv', from, to }).expect(403);
      }
    });

    it('needs a signed-in caller', async () => {
      await request(t.server).get('/api/reports/adherence').query({ format: 'csv', from, to }).expect(401);
    });

    it('exports only the caller’s teams when no team is named', async () => {
      const response = await exportOf({}).expect(200);
      expect(response.text).toContain(patient.id);
      expect(response.text).not.toContain(other.id);
    });
  });

  describe('bad input', () => {
    it.each([
      [{ format: 'xml' }, 'format'],
      [{ from: undefined }, 'from'],
      [{ from: '2026-02-30' }, 'from'],
      [{ to: 'yesterday' }, 'to'],
      [{ careTeamId: 'team-1' }, 'careTeamId'],
      [{ patientId: '42' }, 'patientId'],
      [{ from: to, to: from }, 'from'],
      [{ from: addDays(today, 1), to: addDays(today, 2) }, 'from'],
      [{ from: addDays(to, -4 * 365) }, 'to'],
      [{ recipient: 'Acme Health Plan' }, 'purpose'],
      [{ recipient: 'A', purpose: 'payment' }, 'recipient'],
      [{ limit: '5' }, 'limit'],
    ])('answers 400 for %p naming %s', async (change, field) => {
      const response = await exportOf(change).expect(400);
      expect(response.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|at .+\.ts|stack/i);
    });
  });

  describe('disclosure to a recipient outside the care team', () => {
    const toAcme = { recipient: 'Acme Health Plan', purpose: 'payment' };

    it('needs every patient’s active consent for that recipient, purpose and content', async () => {
      const unconsented = await t.newPatient({ careTeamId: teamId });
      await consent(patient.id);
      const before = await disclosures();
      const refused = await exportOf({ careTeamId: teamId, ...toAcme }).expect(403);
      expect(refused.body).toMatchObject({
        code: 'CONSENT_REQUIRED',
        details: {
          recipient: 'Acme Health Plan',
          purpose: 'payment',
          missingCount: 1,
          patientIds: [unconsented.id],
          requiredScope: [...DISCLOSED_SCOPES.csv],
        },
      });
      expect(await disclosures()).toBe(before);

      const allowed = await exportOf({ patientId: patient.id, ...toAcme }).expect(200);
      expect(allowed.text).toContain(patient.id);
      const [recorded] = await t.dataSource.query(
        'SELECT recipient, purpose, format FROM disclosure ORDER BY disclosed_at DESC LIMIT 1',
      );
      expect(recorded).toEqual({ recipient: 'Acme Health Plan', purpose: 'payment', format: 'csv' });
      // Names are compared as people write them: case and outer spaces aside.
      await exportOf({ patientId: patient.id, recipient: '  acme health PLAN ', purpose: 'Payment' }).expect(200);
    });

    it.each([
      ['another purpose', { purpose: 'research' }],
      ['another recipient', { recipient: 'Other Plan' }],
      ['a narrower scope', { scope: ['adherence', 'attendance'] }],
      ['a consent not yet in effect', { effectiveOn: addDays(today, 1) }],
    ])('refuses with %s', async (_case, change) => {
      const p = await t.newPatient({ careTeamId: teamId });
      await consent(p.id, change);
      const response = await exportOf({ patientId: p.id, ...toAcme }).expect(403);
      expect(response.body.details.patientIds).toEqual([p.id]);
    });

    it('refuses once the consent is revoked or has expired', async () => {
      const revokedFor = await t.newPatient({ careTeamId: teamId });
      const revoked = await consent(revokedFor.id);
      await exportOf({ patientId: revokedFor.id, ...toAcme }).expect(200);
      await t.api.post(`/api/patients/${revokedFor.id}/consents/${revoked.body.id}/revoke`).expect(200);
      await exportOf({ patientId: revokedFor.id, ...toAcme }).expect(403);

      const expiredFor = await t.newPatient({ careTeamId: teamId });
      const expired = await consent(expiredFor.id);
      await t.dataSource.query('UPDATE consent SET effective_on = $2, expires_on = $3 WHERE id = $1', [
        expired.body.id,
        addDays(today, -60),
        addDays(today, -1),
      ]);
      await exportOf({ patientId: expiredFor.id, ...toAcme }).expect(403);
    });

    it('asks the FHIR bundle’s consent to cover drug screens too', async () => {
      const p = await t.newPatient({ careTeamId: teamId });
      await consent(p.id);
      await exportOf({ patientId: p.id, ...toAcme, format: 'fhir' }).expect(403);
      await consent(p.id, { scope: [...DISCLOSED_SCOPES.fhir] });
      await exportOf({ patientId: p.id, ...toAcme, format: 'fhir' }).expect(200);
    });
  });
});
