// The mix of what clinicians do all day: caseload pages, a patient's page (record, adherence,
// relapses, timeline), recording doses, observations and session outcomes, and the team's approval
// of a discontinuation. Each action is one call, or a few in a row when the next needs the answer.
import { CASELOAD_SORTS } from '@naltrack/api/dist/caseload/caseload-sort.js';
import { addDays, CASELOAD_FLAGS, type Role } from '@naltrack/domain';
import type { Answer, HttpClient, Sent } from './http-client.js';
import type { LatencyLog } from './latency-log.js';
import type { LoadTeam } from './load-database.js';
import type { Caller } from './sign-in.js';

export interface Workload {
  client: HttpClient;
  log: LatencyLog;
  teams: LoadTeam[];
  callers: Caller[];
  random: () => number;
  /** The clinic's day when the run began; records are dated before it, proposals after. */
  today: string;
}

type Action = (w: Workload, scheduledAt: number) => Promise<void>;

const CASELOAD_PAGE = 60;
const NOTE = 'load run';

function pick<T>(w: Workload, items: readonly T[]): T {
  const item = items[Math.floor(w.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function callerWith(w: Workload, roles: readonly Role[], teamId?: string, except?: string): Caller {
  return pick(
    w,
    w.callers.filter(
      (c) =>
        roles.includes(c.clinician.role) &&
        (teamId === undefined || c.clinician.teamId === teamId) &&
        c.clinician.id !== except,
    ),
  );
}

function teamOf(w: Workload, caller: Caller): LoadTeam {
  const team = w.teams.find((t) => t.id === caller.clinician.teamId);
  if (!team) throw new Error(`no team ${caller.clinician.teamId}`);
  return team;
}

const patientOf = (w: Workload, caller: Caller) => pick(w, teamOf(w, caller).patientIds);
/** A clinic day 1 to 6 days before the run's first. */
const recentDay = (w: Workload) => addDays(w.today, -1 - Math.floor(w.random() * 6));

function whatWasAnswered(answer: Answer): string {
  try {
    const code = (JSON.parse(answer.body) as { code?: unknown }).code;
    return `${answer.status}${typeof code === 'string' ? ` ${code}` : ''}`;
  } catch {
    return `${answer.status} (not JSON)`;
  }
}

/**
 * One call, timed from `startedAt` (an action's first call from its scheduled arrival). Any
 * status but the expected one, and any transport error, is a failure; returns the parsed answer.
 */
async function call<T>(
  w: Workload,
  kind: string,
  request: Sent,
  expected: number,
  startedAt = performance.now(),
): Promise<T | undefined> {
  let answer: Answer;
  try {
    answer = await w.client.send(request);
  } catch (error) {
    w.log.failed(kind, startedAt, `transport: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const ms = performance.now() - startedAt;
  if (answer.status !== expected) {
    w.log.failed(kind, startedAt, whatWasAnswered(answer));
    return undefined;
  }
  try {
    const parsed = JSON.parse(answer.body) as T;
    w.log.succeeded(kind, startedAt, ms);
    return parsed;
  } catch {
    w.log.failed(kind, startedAt, `${answer.status} with a body that is not JSON`);
    return undefined;
  }
}

const get = (caller: Caller, path: string): Sent => ({ method: 'GET', path, headers: caller.read });
const post = (caller: Caller, path: string, body: unknown): Sent => ({
  method: 'POST',
  path,
  headers: caller.write,
  body,
});

const CLINICAL: Role[] = ['prescriber', 'therapist', 'nurse', 'team_lead'];

/** A caseload page: any sort, sometimes a flag, status or team filter; now and then the next page. */
const caseload: Action = async (w, scheduledAt) => {
  const caller = callerWith(w, CLINICAL);
  const query = new URLSearchParams({ sort: pick(w, CASELOAD_SORTS), limit: String(CASELOAD_PAGE) });
  if (w.random() < 0.3) query.set('flag', pick(w, CASELOAD_FLAGS));
  if (w.random() < 0.2) query.set('status', pick(w, ['active', 'active,tapering', 'inducting,active', 'discontinued']));
  if (w.random() < 0.2) query.set('careTeamId', caller.clinician.teamId);
  const page = await call<{ nextCursor: string | null }>(
    w,
    'caseload',
    get(caller, `/api/caseload?${query}`),
    200,
    scheduledAt,
  );
  if (page?.nextCursor && w.random() < 0.3) {
    query.set('cursor', page.nextCursor);
    await call(w, 'caseload.next', get(caller, `/api/caseload?${query}`), 200);
  }
};

/** A search by part of an MRN: the one caseload query that reads every row of the caller's teams. */
const caseloadSearch: Action = async (w, scheduledAt) => {
  const caller = callerWith(w, CLINICAL);
  const q = `DEMO-0${String(Math.floor(w.random() * 1000)).padStart(3, '0')}`;
  const query = new URLSearchParams({ q, sort: 'name', limit: String(CASELOAD_PAGE) });
  await call(w, 'caseload.search', get(caller, `/api/caseload?${query}`), 200, scheduledAt);
};

const patientRead =
  (kind: string, suffix: string): Action =>
  async (w, scheduledAt) => {
    const caller = callerWith(w, CLINICAL);
    await call(w, kind, get(caller, `/api/patients/${patientOf(w, caller)}${suffix}`), 200, scheduledAt);
  };

/** The timeline's first page, and sometimes the older one after it. */
const timeline: Action = async (w, scheduledAt) => {
  const caller = callerWith(w, CLINICAL);
  const path = `/api/patients/${patientOf(w, caller)}/timeline`;
  const page = await call<{ nextBefore: string | null }>(
    w,
    'timeline',
    get(caller, `${path}?limit=50`),
    200,
    scheduledAt,
  );
  if (page?.nextBefore && w.random() < 0.3) {
    const query = new URLSearchParams({ limit: '50', before: page.nextBefore });
    await call(w, 'timeline.older', get(caller, `${path}?${query}`), 200);
  }
};

/** A dose taken, a dispense, an XR injection or a missed dose, by a prescriber or a nurse. */
const medicationEvent: Action = async (w, scheduledAt) => {
  const caller = callerWith(w, ['prescriber', 'nurse']);
  const occurredOn = recentDay(w);
  const body = pick(w, [
    { kind: 'taken', formulation: 'oral', occurredOn, doseMg: 50, observed: w.random() < 0.5, note: NOTE },
    { kind: 'dispensed', formulation: 'oral', occurredOn, daysSupply: 30, doseMg: 50, note: NOTE },
    {
      kind: 'administered',
      formulation: 'xr_injection',
      occurredOn,
      doseMg: 380,
      lot: 'LOAD-0001',
      site: 'left gluteal',
      note: NOTE,
    },
    { kind: 'missed', formulation: 'oral', occurredOn, note: NOTE },
  ]);
  await call(
    w,
    'record.medication-event',
    post(caller, `/api/patients/${patientOf(w, caller)}/medication-events`, body),
    201,
    scheduledAt,
  );
};

/** A PACS, a craving score, a drug screen or drinks per day, by any clinician of the team. */
const observation: Action = async (w, scheduledAt) => {
  const caller = callerWith(w, CLINICAL);
  const observedOn = recentDay(w);
  const score = (max: number) => Math.floor(w.random() * (max + 1));
  const body = pick(w, [
    { kind: 'pacs', observedOn, items: Array.from({ length: 5 }, () => score(6)) },
    { kind: 'craving_vas', observedOn, value: score(100) },
    {
      kind: 'uds',
      observedOn,
      results: { opioids: w.random() < 0.1 ? 'positive' : 'negative', fentanyl: 'negative' },
    },
    { kind: 'drinks', observedOn, value: score(8) },
  ]);
  await call(
    w,
    'record.observation',
    post(caller, `/api/patients/${patientOf(w, caller)}/observations`, body),
    201,
    scheduledAt,
  );
};

/** A therapist books a session that took place in the last four days, then records its outcome. */
const sessionOutcome: Action = async (w, scheduledAt) => {
  const caller = callerWith(w, ['therapist']);
  const hoursAgo = 1 + Math.floor(w.random() * 96);
  const at = new Date(Date.now() - hoursAgo * 3_600_000);
  at.setUTCMinutes(0, 0, 0);
  const session = await call<{ id: string }>(
    w,
    'record.session',
    post(caller, `/api/patients/${patientOf(w, caller)}/therapy-sessions`, {
      scheduledAt: at.toISOString(),
      type: pick(w, ['individual', 'group', 'medication_management']),
      modality: pick(w, ['in_person', 'video', 'phone']),
      clinicianId: caller.clinician.id,
    }),
    201,
    scheduledAt,
  );
  if (!session) return;
  const status = pick(w, ['attended', 'attended', 'attended', 'late', 'no_show', 'cancelled_by_patient']);
  await call(
    w,
    'record.session-outcome',
    { method: 'PATCH', path: `/api/therapy-sessions/${session.id}`, headers: caller.write, body: { status } },
    200,
  );
};

interface RequestView {
  id: string;
  status: string;
  requiredApprovals: { role: Role }[];
}

/**
 * A prescriber proposes stopping naltrexone; the team's other approvers decide one after another
 * (a second prescriber, a therapist, a lead where the team needs one). One therapist in five
 * rejects. The last answer must show the status the decisions imply.
 */
const approval: Action = async (w, scheduledAt) => {
  const proposer = callerWith(w, ['prescriber']);
  const team = teamOf(w, proposer);
  const patientId = team.proposable.pop();
  if (!patientId) {
    w.log.failed('approval.propose', scheduledAt, `no patient of ${team.code} left to propose on (seed more)`);
    return;
  }
  const request = await call<RequestView>(
    w,
    'approval.propose',
    post(proposer, `/api/patients/${patientId}/discontinuation-requests`, {
      kind: 'stop',
      reasonCode: 'clinical_stability',
      reason: 'Stable for more than six months; the team reviews a planned stop.',
      effectiveOn: addDays(w.today, 14),
    }),
    201,
    scheduledAt,
  );
  if (!request) return;
  let expected = 'approved';
  let last: RequestView | undefined = request;
  for (const { role } of request.requiredApprovals) {
    const decider = callerWith(w, [role], team.id, proposer.clinician.id);
    const decision = role === 'therapist' && w.random() < 0.2 ? 'reject' : 'approve';
    last = await call<RequestView>(
      w,
      'approval.decide',
      post(decider, `/api/discontinuation-requests/${request.id}/decisions`, { decision, comment: NOTE }),
      201,
    );
    if (!last) return;
    if (decision === 'reject') {
      expected = 'rejected';
      break;
    }
  }
  if (last.status !== expected) {
    w.log.failed('approval.decide', performance.now(), `request ${last.status} after its decisions, not ${expected}`);
  }
};

/** The actions and how often each is started, relative to the others. */
export const ACTIONS: { name: string; weight: number; run: Action }[] = [
  { name: 'caseload page', weight: 18, run: caseload },
  { name: 'caseload search', weight: 2, run: caseloadSearch },
  { name: 'patient record', weight: 10, run: patientRead('patient', '') },
  { name: 'adherence', weight: 10, run: patientRead('patient.adherence', '/adherence') },
  { name: 'relapses', weight: 6, run: patientRead('patient.relapses', '/relapses') },
  { name: 'timeline', weight: 12, run: timeline },
  { name: 'medication event', weight: 8, run: medicationEvent },
  { name: 'observation', weight: 8, run: observation },
  { name: 'session and outcome', weight: 5, run: sessionOutcome },
  { name: 'approval flow', weight: 3, run: approval },
];

/**
 * What every open dashboard asks by itself, on a timer: the approvals badge each minute (the whole
 * inbox awaiting the clinician) and the health indicator every 30 s.
 */
export const POLLS = [
  { kind: 'poll.approvals-inbox', everySeconds: 60, path: '/api/discontinuation-requests?awaiting=me' },
  { kind: 'poll.health', everySeconds: 30, path: '/api/health' },
] as const;

export async function poll(w: Workload, which: (typeof POLLS)[number], caller: Caller, scheduledAt: number) {
  await call(w, which.kind, get(caller, which.path), 200, scheduledAt);
}

/** An action drawn by weight. */
export function nextAction(random: () => number): Action {
  const total = ACTIONS.reduce((sum, a) => sum + a.weight, 0);
  let draw = random() * total;
  for (const action of ACTIONS) {
    draw -= action.weight;
    if (draw < 0) return action.run;
  }
  return ACTIONS[ACTIONS.length - 1]?.run ?? caseload;
}
