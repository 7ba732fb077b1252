import type { Role } from '@naltrack/domain';
import { screen } from '@testing-library/react';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import type { MedicationEvent } from '../../api/medication';
import type { Observation } from '../../api/observations';
import type { Adherence, Patient, TimelinePage } from '../../api/patients';
import type { Relapse } from '../../api/relapses';
import type { TherapySession } from '../../api/therapy';
import { type MockReply, type MockRoute } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { SIGNED_IN, sessionOf, TEST_USER } from '../../test/session-fixtures';

/** Test data for the patient page: a synthetic patient, no real person. */
export const PATIENT_ID = '5b1c2d3e-0000-4000-8000-000000000001';
export const PATIENT_PATH = `/patients/${PATIENT_ID}`;
export const API = `/api/patients/${PATIENT_ID}`;

export const PATIENT: Patient = {
  id: PATIENT_ID,
  mrn: 'MRN-004217',
  givenName: 'Robin',
  familyName: 'Example',
  birthDate: '1984-05-02',
  sex: 'female',
  diagnoses: ['AUD'],
  careTeamId: 't1',
  status: 'active',
  enrolledOn: '2026-01-10',
  createdAt: '2026-01-10T15:00:00.000Z',
  updatedAt: '2026-05-01T09:00:00.000Z',
  metrics: {
    asOf: '2026-05-01',
    formulation: 'xr_injection',
    startedOn: '2026-01-12',
    daysOnNaltrexone: 109,
    pdc30: 0.93,
    pdc90: 0.72,
    lastDoseOn: '2026-04-10',
    injection: { lastOn: '2026-04-10', dueOn: '2026-05-08', status: 'due_soon' },
    attendanceRate90: 0.8,
    lastSessionOn: '2026-04-28',
    latestPacs: 17,
    lastRelapseOn: '2026-02-20',
    lastRelapseUseOn: '2026-03-02',
    relapseOngoing: false,
    earlyRelapse: true,
    flags: ['low_adherence', 'craving_high', 'early_relapse'],
  },
};

export const ADHERENCE: Adherence = {
  from: '2026-02-01',
  to: '2026-05-01',
  sinceStart: false,
  pdc: 0.72,
  mpr: 0.75,
  coveredDays: 65,
  periodDays: 90,
  periodStart: '2026-02-01',
  firstFillOn: '2026-01-12',
  adherent: false,
  gaps: [{ from: '2026-03-01', to: '2026-03-10', days: 10 }],
  continuousDays: 52,
  injection: { lastOn: '2026-04-10', dueOn: '2026-05-08', status: 'due_soon' },
};

export const MEDICATION_EVENTS: MedicationEvent[] = [
  {
    id: 'm2',
    patientId: PATIENT_ID,
    kind: 'administered',
    formulation: 'xr_injection',
    occurredOn: '2026-04-10',
    daysSupply: null,
    doseMg: 380,
    observed: null,
    lot: 'L1',
    site: 'left gluteal',
    note: null,
    createdAt: '2026-04-10T14:00:00.000Z',
  },
  {
    id: 'm1',
    patientId: PATIENT_ID,
    kind: 'administered',
    formulation: 'xr_injection',
    occurredOn: '2026-03-11',
    daysSupply: null,
    doseMg: 380,
    observed: null,
    lot: 'L0',
    site: 'right gluteal',
    note: null,
    createdAt: '2026-03-11T14:00:00.000Z',
  },
];

export const OBSERVATIONS: Observation[] = [
  {
    id: 'o4',
    patientId: PATIENT_ID,
    kind: 'pacs',
    observedOn: '2026-04-28',
    items: [4, 3, 4, 3, 3],
    value: 17,
    results: null,
    substance: null,
    score: null,
    cues: ['people', 'stress'],
    cueNote: null,
    createdAt: '2026-04-28T14:00:00.000Z',
  },
  {
    id: 'o3',
    patientId: PATIENT_ID,
    kind: 'uds',
    observedOn: '2026-04-14',
    items: null,
    value: null,
    results: { alcohol: 'positive', opioids: 'negative' },
    substance: null,
    score: null,
    cues: null,
    cueNote: null,
    createdAt: '2026-04-28T14:00:00.000Z',
  },
  {
    id: 'o2',
    patientId: PATIENT_ID,
    kind: 'craving_vas',
    observedOn: '2026-04-14',
    items: null,
    value: 55,
    results: null,
    substance: null,
    score: null,
    cues: ['stress'],
    cueNote: null,
    createdAt: '2026-04-14T14:00:00.000Z',
  },
  {
    id: 'o1',
    patientId: PATIENT_ID,
    kind: 'pacs',
    observedOn: '2026-03-30',
    items: [2, 2, 2, 2, 2],
    value: 10,
    results: null,
    substance: null,
    score: null,
    cues: null,
    cueNote: null,
    createdAt: '2026-04-28T14:00:00.000Z',
  },
];

export const RELAPSES: Relapse[] = [
  {
    id: 'r1',
    onsetOn: '2026-02-20',
    lastUseOn: '2026-03-02',
    endedOn: '2026-03-16',
    ongoing: false,
    detectedOn: '2026-02-21',
    substance: 'alcohol',
    rule: 'heavy_drinking_day',
    early: true,
    source: 'detected',
    confirmed: true,
    note: null,
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

function session(id: string, scheduledAt: string, fields: Partial<TherapySession> = {}): TherapySession {
  return {
    id,
    patientId: PATIENT_ID,
    scheduledAt,
    scheduledOn: scheduledAt.slice(0, 10),
    type: 'individual',
    modality: 'in_person',
    clinicianId: 'u3',
    status: 'scheduled',
    copingSkills: null,
    createdAt: '2026-04-01T10:00:00Z',
    updatedAt: '2026-04-01T10:00:00Z',
    ...fields,
  };
}

/** Newest first, as the API lists them: one ahead (a week from now), two held and waiting, one done. */
export function therapySessions(now: Date = new Date()): TherapySession[] {
  return [
    session('s4', new Date(now.getTime() + 7 * DAY_MS).toISOString(), { type: 'group', modality: 'video' }),
    session('s3', '2026-04-28T18:00:00.000Z'),
    session('s2', '2026-04-21T18:00:00.000Z', { modality: null }),
    session('s1', '2026-04-14T18:00:00.000Z', { status: 'attended' }),
  ];
}

export const TIMELINE_PAGE_1: TimelinePage = {
  items: [
    {
      type: 'observation',
      id: 'o4',
      at: '2026-04-28T16:00:00Z',
      on: '2026-04-28',
      details: {
        kind: 'pacs',
        value: 17,
        items: [4, 3, 4, 3, 3],
        results: null,
        substance: null,
        score: null,
        cues: null,
        cueNote: null,
      },
    },
    {
      type: 'therapy_session',
      id: 's1',
      at: '2026-04-28T14:00:00Z',
      on: '2026-04-28',
      details: { type: 'individual', status: 'no_show', modality: 'in_person', clinicianId: null, copingSkills: null },
    },
    {
      type: 'medication_event',
      id: 'm2',
      at: '2026-04-10T16:00:00Z',
      on: '2026-04-10',
      details: {
        kind: 'administered',
        formulation: 'xr_injection',
        daysSupply: null,
        doseMg: 380,
        observed: null,
        lot: 'L1',
        site: 'left gluteal',
        note: null,
      },
    },
  ],
  nextBefore: 'cursor-1',
};

export const TIMELINE_PAGE_2: TimelinePage = {
  items: [
    {
      type: 'relapse',
      id: 'r1',
      at: '2026-02-20T17:00:00Z',
      on: '2026-02-20',
      details: {
        substance: 'alcohol',
        early: true,
        source: 'detected',
        rule: 'heavy_drinking_day',
        lastUseOn: null,
        note: null,
      },
    },
  ],
  nextBefore: null,
};

export const OPEN_REQUEST: DiscontinuationRequest = {
  id: 'd1',
  patientId: PATIENT_ID,
  kind: 'taper',
  reasonCode: 'clinical_stability',
  reason: 'Stable for six months, patient asks to taper.',
  effectiveOn: '2026-06-01',
  plan: [{ startsOn: '2026-05-10', doseMg: 25 }],
  status: 'pending',
  proposedBy: 'u2',
  readiness: {
    ready: false,
    items: [
      { id: 'days_on_naltrexone', label: 'Days on naltrexone', met: false, value: 109, target: '≥ 180' },
      { id: 'adherence', label: 'PDC over 90 days', met: false, value: '72%', target: '≥ 80%' },
      { id: 'attendance', label: 'Attendance over 90 days', met: true, value: '80%', target: '≥ 75%' },
    ],
  },
  switchTo: null,
  switchPlan: null,
  switchFacts: null,
  handOffNote: null,
  requiredApprovals: [{ role: 'prescriber' }, { role: 'therapist' }],
  decisions: [
    {
      id: 'dd1',
      clinicianId: 'u3',
      decision: 'approve',
      roles: ['therapist'],
      comment: 'Agree, engaged in therapy.',
      createdAt: '2026-05-02T10:00:00Z',
    },
  ],
  startedOn: null,
  completedOn: null,
  relapseAlert: false,
  patientMetrics: PATIENT.metrics,
  patient: { givenName: PATIENT.givenName, familyName: PATIENT.familyName, mrn: PATIENT.mrn },
  createdAt: '2026-05-01T09:00:00Z',
};

/** A switch to buprenorphine starting before the XR-NTX blockade ends, with its start plan. */
export const SWITCH_REQUEST: DiscontinuationRequest = {
  ...OPEN_REQUEST,
  id: 'd2',
  kind: 'switch',
  reasonCode: 'lack_of_efficacy',
  reason: 'Two relapses on XR-NTX; cravings persist.',
  effectiveOn: '2026-05-20',
  plan: [],
  readiness: null,
  switchTo: { medication: 'buprenorphine', prescribedBy: 'this_team', program: null },
  switchPlan: 'Low-dose buprenorphine start, reviewed daily.',
  switchFacts: {
    relapseEpisodes: 2,
    lastRelapseUseOn: '2026-04-29',
    relapseOngoing: false,
    pdc90: 0.72,
    formulation: 'xr_injection',
    lastInjectionOn: '2026-04-28',
    blockadeEndsOn: '2026-05-26',
  },
  decisions: [],
};

export const ok = (body: unknown): MockReply => ({ status: 200, body });

/** Every request the patient page makes, answered; a test overrides the ones it is about. */
/** The patient's team as `GET /care-teams/:id/members` lists it: the signed-in user among them. */
export const TEAM_MEMBERS = [
  { id: TEST_USER.id, displayName: TEST_USER.displayName, roles: ['prescriber'] },
  { id: 'u4', displayName: 'Nurse Kim Lee', roles: ['nurse'] },
  { id: 'u5', displayName: 'Therapist Jo Park', roles: ['therapist'] },
];

export function patientRoutes(overrides: Record<string, MockRoute> = {}): Record<string, MockRoute> {
  return {
    'GET /api/auth/me': SIGNED_IN,
    'GET /api/health': ok({ status: 'ok', database: 'up' }),
    [`GET ${API}`]: ok(PATIENT),
    [`GET ${API}/adherence`]: ok(ADHERENCE),
    [`GET ${API}/medication-events`]: ok(MEDICATION_EVENTS),
    [`GET ${API}/observations`]: ok(OBSERVATIONS),
    [`GET ${API}/relapses`]: ok(RELAPSES),
    [`GET ${API}/timeline`]: ok(TIMELINE_PAGE_1),
    [`GET ${API}/discontinuation-requests`]: ok([]),
    [`GET ${API}/therapy-sessions`]: ok(therapySessions()),
    [`GET ${API}/outreach-tasks`]: ok([]),
    [`GET ${API}/flag-acknowledgements`]: ok([]),
    [`GET /api/care-teams/${PATIENT.careTeamId}/members`]: ok(TEAM_MEMBERS),
    ...overrides,
  };
}

/** `GET /auth/me` for the test user holding only these roles. */
export function signedInAs(...roles: Role[]): Record<string, MockRoute> {
  return { 'GET /api/auth/me': sessionOf({ ...TEST_USER, roles }) };
}

/** A 400 naming one field, as the API's validation answers. */
export function invalidField(field: string, message: string): MockReply {
  return {
    status: 400,
    body: {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: `Invalid request: ${message}`,
      details: { fields: [{ field, messages: [message] }] },
    },
  };
}

export const FORBIDDEN: MockReply = {
  status: 403,
  body: { statusCode: 403, code: 'FORBIDDEN', message: 'Your role may not do this' },
};

export function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(String(init?.body));
}

/** The patient page with one tab of the Record panel open. */
export async function openRecordTab(name: string) {
  const view = renderApp(PATIENT_PATH);
  await view.user.click(await screen.findByRole('tab', { name: new RegExp(`^${name}`) }));
  return view;
}
