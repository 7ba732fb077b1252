import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@naltrack/domain';
import request from 'supertest';
import { type ApiClient, createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, hoursFromNow } from '../../test/test-clock.js';

const CLINICAL: Role[] = ['prescriber', 'therapist', 'nurse', 'team_lead'];
const EVERYONE: Role[] = [...ROLES];

/** Who may call each operation, and whether it reads or writes one patient's records. */
interface Rule {
  roles: Role[] | 'public';
  /** The path's {id} names a patient (or a record of one): outsiders get 404. */
  patient?: 'patient' | 'therapy_session' | 'discontinuation_request';
  /** The answer on one's own patient when the route has a rule of its own beyond access. */
  own?: number;
}

const RULES: Record<string, Rule> = {
  'GET /api/health': { roles: 'public' },
  'POST /api/auth/login': { roles: 'public' },
  'POST /api/auth/logout': { roles: EVERYONE },
  'GET /api/auth/me': { roles: EVERYONE },
  'POST /api/auth/totp/setup': { roles: EVERYONE },
  'POST /api/auth/totp/enable': { roles: EVERYONE },
  'POST /api/auth/totp/disable': { roles: EVERYONE },
  'POST /api/auth/password': { roles: EVERYONE },
  'GET /api/auth/tokens': { roles: EVERYONE },
  'POST /api/auth/tokens': { roles: EVERYONE },
  'DELETE /api/auth/tokens/{tokenId}': { roles: EVERYONE },
  'GET /api/care-teams': { roles: EVERYONE },
  'GET /api/care-teams/{id}/members': { roles: CLINICAL },
  'POST /api/care-teams': { roles: ['admin'] },
  'PATCH /api/care-teams/{id}': { roles: ['admin'] },
  'GET /api/clinical-settings': { roles: EVERYONE },
  'GET /api/clinicians': { roles: ['admin'] },
  'POST /api/clinicians': { roles: ['admin'] },
  'PATCH /api/clinicians/{id}': { roles: ['admin'] },
  'GET /api/audit-events': { roles: ['auditor'] },
  'GET /api/audit-events/verify': { roles: ['auditor'] },
  'GET /api/break-glass': { roles: ['team_lead'] },
  'GET /api/patient-transfers': { roles: ['team_lead'] },
  'POST /api/patients/{id}/break-glass': { roles: CLINICAL },
  'GET /api/caseload': { roles: CLINICAL },
  'GET /api/today': { roles: CLINICAL },
  'GET /api/case-review': { roles: CLINICAL },
  'GET /api/case-review/agenda.pdf': { roles: CLINICAL },
  'POST /api/case-review/items': { roles: CLINICAL },
  'POST /api/patients': { roles: CLINICAL },
  'GET /api/patients/{id}': { roles: CLINICAL, patient: 'patient' },
  'PATCH /api/patients/{id}': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/naltrexone-starts': { roles: ['prescriber'], patient: 'patient' },
  'GET /api/patients/{id}/naltrexone-starts': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/medication-events': { roles: ['prescriber', 'nurse'], patient: 'patient' },
  'GET /api/patients/{id}/medication-events': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/adherence': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/timeline': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/consents': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/consents': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/consents/{consentId}/revoke': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/therapy-sessions': { roles: ['therapist'], patient: 'patient' },
  'GET /api/patients/{id}/therapy-sessions': { roles: CLINICAL, patient: 'patient' },
  'PATCH /api/therapy-sessions/{id}': { roles: ['therapist'], patient: 'therapy_session' },
  'POST /api/patients/{id}/observations': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/observations': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/safety-assessments': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/safety-assessments': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/relapses': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/relapses': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/discontinuation-requests': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/discontinuation-requests': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/stop-resolutions': { roles: CLINICAL, patient: 'patient' },
  'GET /api/discontinuation-requests': { roles: CLINICAL },
  'GET /api/discontinuation-requests/{id}': { roles: CLINICAL, patient: 'discontinuation_request' },
  'POST /api/discontinuation-requests/{id}/decisions': { roles: CLINICAL, patient: 'discontinuation_request' },
  // Only the proposer (here the default test clinician, not one of the role callers) withdraws.
  'POST /api/discontinuation-requests/{id}/withdraw': { roles: CLINICAL, patient: 'discontinuation_request', own: 403 },
  'POST /api/discontinuation-requests/{id}/start': { roles: CLINICAL, patient: 'discontinuation_request' },
  'POST /api/discontinuation-requests/{id}/complete': { roles: CLINICAL, patient: 'discontinuation_request' },
  'GET /api/patients/{id}/disclosures': { roles: CLINICAL, patient: 'patient' },
  'GET /api/measures': { roles: CLINICAL },
  'GET /api/reports/adherence': { roles: CLINICAL },
  'POST /api/exports': { roles: CLINICAL },
  'GET /api/exports': { roles: CLINICAL },
  'GET /api/exports/{id}': { roles: CLINICAL },
  'GET /api/exports/{id}/download': { roles: CLINICAL },
  'POST /api/imports': { roles: ['prescriber', 'nurse', 'therapist'] },
  'GET /api/patients/{id}/outreach-tasks': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/outreach-tasks': { roles: CLINICAL, patient: 'patient' },
  'GET /api/patients/{id}/flag-acknowledgements': { roles: CLINICAL, patient: 'patient' },
  'POST /api/patients/{id}/flag-acknowledgements': { roles: CLINICAL, patient: 'patient' },
  'GET /api/outreach-tasks': { roles: CLINICAL },
  'POST /api/outreach-tasks/{id}/attempts': { roles: CLINICAL },
  'POST /api/outreach-tasks/{id}/resolve': { roles: CLINICAL },
  'POST /api/outreach-tasks/{id}/reassign': { roles: CLINICAL },
  'GET /api/care-teams/{id}/outreach-rules': { roles: [...CLINICAL, 'admin'] },
  'PUT /api/care-teams/{id}/outreach-rules': { roles: [...CLINICAL, 'admin'] },
};

/** `glass`: another team's patient the caller opened with break-glass. */
type PatientCase = 'own' | 'foreign' | 'missing' | 'glass';

/**
 * What a cell must answer: 403 for a role without the right, 404 for another team's or a missing
 * patient, 403 for any write through break-glass (it reads only), else "through": past access
 * control (any answer but 401 and 403, and no 404 on one's own or a break-glass patient unless
 * the path names a second record, made up here).
 */
function expected(rule: Rule, role: Role, patientCase: PatientCase, method: string): number | 'through' {
  if (rule.roles === 'public') return 'through';
  if (!rule.roles.includes(role)) return 403;
  if (rule.patient && patientCase === 'glass') return method === 'get' ? 'through' : 403;
  if (rule.patient && patientCase !== 'own') return 404;
  return rule.own ?? 'through';
}

describe('the access matrix, built from the OpenAPI document', () => {
  let t: TestApp;
  const callers = {} as Record<Role, ApiClient>;
  const ids: Record<PatientCase, Record<NonNullable<Rule['patient']>, string>> = {
    own: { patient: '', therapy_session: '', discontinuation_request: '' },
    foreign: { patient: '', therapy_session: '', discontinuation_request: '' },
    missing: { patient: randomUUID(), therapy_session: randomUUID(), discontinuation_request: randomUUID() },
    glass: { patient: '', therapy_session: '', discontinuation_request: '' },
  };

  beforeAll(async () => {
    t = await createTestApp();
    const ownTeam = await t.newCareTeam();
    const foreignTeam = await t.newCareTeam();
    for (const role of ROLES) callers[role] = await t.as([role], [ownTeam.id]);
    for (const [patientCase, teamId] of [
      ['own', ownTeam.id],
      ['foreign', foreignTeam.id],
      ['glass', (await t.newCareTeam()).id],
    ] as const) {
      const patient = await t.newPatient({ careTeamId: teamId });
      const [session] = await t.dataSource.query(
        `INSERT INTO therapy_session (patient_id, scheduled_at, scheduled_on, type, status, version)
         VALUES ($1, $2, $3, 'individual', 'scheduled', 1) RETURNING id`,
        [patient.id, hoursFromNow(-24), daysFromToday(-1)],
      );
      const [request] = await t.dataSource.query(
        `INSERT INTO discontinuation_request (patient_id, kind, reason_code, reason, effective_on, proposed_by,
                                             readiness_snapshot, required_approvals, version)
         VALUES ($1, 'stop', 'other', 'matrix', $2, $3, '{"ready": false, "items": []}', '[]', 1) RETURNING id`,
        [patient.id, daysFromToday(30), t.api.clinician.id],
      );
      ids[patientCase] = { patient: patient.id, therapy_session: session.id, discontinuation_request: request.id };
    }
    for (const role of CLINICAL) {
      await callers[role]
        .post(`/api/patients/${ids.glass.patient}/break-glass`)
        .send({ reason: 'Emergency: reading the record of another team' })
        .expect(201);
    }
  });

  afterAll(() => t.close());

  it('knows every operation the API documents', async () => {
    const document = await request(t.server).get('/api/openapi.json').expect(200);
    const operations = Object.entries(document.body.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.filter((operation) => !(operation in RULES))).toEqual([]);
  });

  it('answers every operation × role × own, foreign, missing and break-glass patient as the rules say', async () => {
    const document = await request(t.server).get('/api/openapi.json').expect(200);
    const mismatches: string[] = [];
    for (const [path, methods] of Object.entries(document.body.paths as Record<string, object>)) {
      for (const method of Object.keys(methods)) {
        const operation = `${method.toUpperCase()} ${path}`;
        const rule = RULES[operation];
        if (!rule || rule.roles === 'public') continue;
        const otherIds = (path.match(/\{(\w+)\}/g) ?? []).filter((p) => p !== '{id}');
        for (const role of ROLES) {
          const cases = rule.patient ? (['own', 'foreign', 'missing', 'glass'] as const) : (['own'] as const);
          for (const patientCase of cases) {
            const idOf = ids[patientCase][rule.patient ?? 'patient'];
            const url = path
              .replace('{id}', rule.patient || path.includes('/patients/{id}') ? idOf : randomUUID())
              .replace(/\{\w+\}/g, () => randomUUID());
            const call = callers[role][method as 'get' | 'post' | 'patch' | 'put' | 'delete'](url);
            const response = method === 'get' || method === 'delete' ? await call : await call.send({});
            const want = expected(rule, role, patientCase, method);
            const seen = patientCase === 'own' || patientCase === 'glass';
            const ok =
              want === 'through'
                ? ![401, 403].includes(response.status) &&
                  (response.status !== 404 || otherIds.length > 0 || !rule.patient || !seen)
                : response.status === want &&
                  (patientCase !== 'glass' ||
                    !rule.roles.includes(role) ||
                    response.body.code === 'BREAK_GLASS_READ_ONLY');
            if (!ok)
              mismatches.push(`${operation} as ${role}, ${patientCase} patient: ${response.status}, expected ${want}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
