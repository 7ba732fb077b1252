import { addDays, clinicalDateOf } from '@naltrack/domain';
import { type AppProcess, startApp, waitForHealth } from '../e2e/app-process.js';
import { ApiClient, type Outcome, tokenClient } from '../faults/support/api-client.js';
import { exitOf } from '../faults/support/app-exit.js';
import { saveAppLog } from '../faults/support/app-log.js';
import { DEMO_PASSWORD, northClinic } from '../faults/support/demo-clinic.js';
import { PgCluster } from '../faults/support/pg-cluster.js';
import { type Clinic, eventually } from '../faults/support/write-traffic.js';
import { pauseReplay, replicaCaughtUp } from './standby-replay.js';
import { logEveryStatement, servedBy } from './statement-log.js';

const PRIMARY_PORT = 55432;
const REPLICA_PORT = 55433;
const APP_PORT = '3433';
const SECOND_APP_PORT = '3434';
const MAX_LAG_SECONDS = 5;
// Statements only a caseload page, a measures report and an export's cursor run.
const CASELOAD = 'WITH counts AS (';
const MEASURES = 'SET LOCAL jit = off';
const EXPORT = 'AS "medicationEvents"';

/** The built app on a primary with a streaming replica: where its reads go, and what happens when the replica fails. */
describe('reports on a read replica', () => {
  let primary: PgCluster | undefined;
  let replica: PgCluster | undefined;
  let app: AppProcess | undefined;
  let clinic: Clinic;
  let health: ApiClient;
  const today = clinicalDateOf(new Date(), 'America/New_York');
  const measuresPath = `/api/measures?from=${addDays(today, -180)}&to=${today}`;
  const caseloadPath = '/api/caseload?limit=50';

  const servers = () => {
    if (!primary || !replica) throw new Error('not started');
    return { primary, replica };
  };
  const replicaState = async () => ((await health.get('/api/health')).body as { replica?: string }).replica;

  beforeAll(async () => {
    primary = await PgCluster.create(PRIMARY_PORT);
    await logEveryStatement(primary);
    replica = await PgCluster.standbyOf(primary, REPLICA_PORT);
    app = startApp({
      PORT: APP_PORT,
      DATABASE_URL: primary.url,
      REPORTS_DATABASE_URL: replica.url,
      REPORTS_REPLICA_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
      DEMO: 'true',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    });
    await waitForHealth(app, 120_000);
    health = new ApiClient(app.url);
    clinic = await northClinic(app.url);
  }, 180_000);

  afterAll(async () => {
    if (app) {
      app.child.kill('SIGTERM');
      await exitOf(app, 10_000);
      await saveAppLog('read-replica', app.output());
    }
    await replica?.destroy();
    await primary?.destroy();
  });

  it('reads caseload pages, measures and exports on the replica, and says it is up', async () => {
    expect(await health.get('/api/health')).toMatchObject({
      status: 200,
      body: { status: 'ok', database: 'up', replica: 'up' },
    });
    // The clinicians' sign-ins were writes: their reads come back to the replica within seconds.
    const onReplica = async (client: ApiClient, path: string, marker: string) => {
      const served = await servedBy(servers(), marker, async () => expect((await client.get(path)).status).toBe(200));
      // An export's cursor runs its statement once per batch of rows.
      return served.replica > 0 && served.primary === 0;
    };
    expect(await eventually(() => onReplica(clinic.therapist, caseloadPath, CASELOAD), 10_000, 200)).toBe(true);
    expect(await eventually(() => onReplica(clinic.prescriber, measuresPath, MEASURES), 10_000, 200)).toBe(true);
    const exportPath = `/api/reports/adherence?format=csv&from=${addDays(today, -30)}&to=${today}&careTeamId=${clinic.careTeamId}`;
    expect(await eventually(() => onReplica(clinic.prescriber, exportPath, EXPORT), 10_000, 200)).toBe(true);
  });

  it("sends a clinician's reads to the primary right after their write, and only theirs", async () => {
    const { replica: standby } = servers();
    // Replay held, the replica cannot hold the write below, however soon the monitor looks: the
    // writer must read it on the primary. (It turns lagging only after MAX_LAG_SECONDS.)
    await pauseReplay(standby);
    const familyName = `Replica ${process.pid}`;
    const search = `/api/caseload?q=${encodeURIComponent(familyName)}`;
    const namesIn = (outcome: Outcome) =>
      (outcome.body as { items: { familyName: string }[] }).items.map((item) => item.familyName);
    let writerNames: string[] = [];
    let colleagueNames: string[] = [];
    try {
      const created = await clinic.prescriber.post('/api/patients', {
        mrn: `REPLICA-${process.pid}`,
        givenName: 'Written',
        familyName,
        birthDate: '1984-03-02',
        sex: 'female',
        diagnoses: ['OUD'],
        careTeamId: clinic.careTeamId,
        enrolledOn: addDays(today, -3),
      });
      expect(created.status).toBe(201);
      const writerRead = await servedBy(servers(), CASELOAD, async () => {
        writerNames = namesIn(await clinic.prescriber.get(search));
      });
      // A colleague who wrote nothing keeps reading the replica meanwhile, which lacks the patient yet.
      const colleagueRead = await servedBy(servers(), CASELOAD, async () => {
        colleagueNames = namesIn(await clinic.therapist.get(search));
      });
      expect({ writerRead, colleagueRead }).toEqual({
        writerRead: { primary: 1, replica: 0 },
        colleagueRead: { primary: 0, replica: 1 },
      });
      expect({ writerNames, colleagueNames }).toEqual({ writerNames: [familyName], colleagueNames: [] });
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }

    // Once the replica is known to hold the write, the writer reads it there again.
    const backOnReplica = async () => {
      const served = await servedBy(servers(), CASELOAD, async () => {
        writerNames = namesIn(await clinic.prescriber.get(search));
      });
      return served.replica === 1;
    };
    expect(await eventually(backOnReplica, 10_000, 200)).toBe(true);
    expect(writerNames).toEqual([familyName]);
  });

  it('answers a report on the replica just as the primary does once it caught up, and falls back to the primary while it is stopped', async () => {
    const { replica: standby } = servers();
    await replicaCaughtUp(servers());
    const fromReplica = await servedBy(servers(), MEASURES, () => clinic.therapist.get(measuresPath));
    expect(fromReplica).toEqual({ primary: 0, replica: 1 });
    const measuresOnReplica = (await clinic.therapist.get(measuresPath)).body;
    const caseloadOnReplica = (await clinic.therapist.get(caseloadPath)).body;

    await standby.stop('immediate');
    // Reads go on, on the primary, at once: a read the replica fails is done again there.
    let measuresOnPrimary: unknown;
    const duringOutage = await servedBy(servers(), MEASURES, async () => {
      const answer = await clinic.therapist.get(measuresPath);
      expect(answer.status).toBe(200);
      measuresOnPrimary = answer.body;
    });
    expect(duringOutage.primary).toBe(1);
    expect(measuresOnPrimary).toEqual(measuresOnReplica);
    expect((await clinic.therapist.get(caseloadPath)).body).toEqual(caseloadOnReplica);
    expect(await eventually(async () => (await replicaState()) === 'down', 5_000, 100)).toBe(true);
    expect(await health.get('/api/health')).toMatchObject({
      status: 200,
      body: { status: 'degraded', database: 'up', replica: 'down' },
    });

    await standby.start();
    expect(await eventually(async () => (await replicaState()) === 'up', 10_000, 100)).toBe(true);
    const back = await servedBy(servers(), CASELOAD, () => clinic.therapist.get(caseloadPath));
    expect(back).toEqual({ primary: 0, replica: 1 });
  });

  it('leaves a replica lagging past the limit aside until it catches up', async () => {
    const { replica: standby } = servers();
    await pauseReplay(standby);
    try {
      // A write the replica cannot replay while paused: it falls further behind every second.
      const patientId = clinic.patientIds[0];
      const written = await clinic.prescriber.post(`/api/patients/${patientId}/observations`, {
        kind: 'craving_vas',
        value: 40,
        observedOn: today,
      });
      expect(written.status).toBe(201);
      expect(
        await eventually(async () => (await replicaState()) === 'lagging', (MAX_LAG_SECONDS + 5) * 1_000, 200),
      ).toBe(true);
      expect(await health.get('/api/health')).toMatchObject({ status: 200, body: { status: 'degraded' } });
      const whileLagging = await servedBy(servers(), CASELOAD, () => clinic.therapist.get(caseloadPath));
      expect(whileLagging).toEqual({ primary: 1, replica: 0 });
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    expect(await eventually(async () => (await replicaState()) === 'up', 10_000, 100)).toBe(true);
  });

  it('starts while the replica is down, on the primary alone, and reads from the replica once it answers', async () => {
    const { primary: main, replica: standby } = servers();
    await standby.stop('fast');
    const second = startApp({
      PORT: SECOND_APP_PORT,
      DATABASE_URL: main.url,
      REPORTS_DATABASE_URL: standby.url,
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    });
    try {
      await waitForHealth(second, 60_000);
      const secondHealth = new ApiClient(second.url);
      const secondHealthBody = async () => (await secondHealth.get('/api/health')).body as { status?: string };
      expect(await secondHealth.get('/api/health')).toMatchObject({
        status: 200,
        body: { status: 'degraded', database: 'up', replica: 'down' },
      });
      const therapist = await tokenClient(second.url, 'therapist.north@example.org', DEMO_PASSWORD);
      const whileDown = await servedBy(servers(), CASELOAD, async () => {
        expect((await therapist.get(caseloadPath)).status).toBe(200);
      });
      expect(whileDown).toEqual({ primary: 1, replica: 0 });

      await standby.start();
      const onReplica = async () =>
        (await servedBy(servers(), CASELOAD, () => therapist.get(caseloadPath))).replica === 1;
      expect(await eventually(onReplica, 15_000, 200)).toBe(true);
      // The health report is kept for up to a second.
      const healthy = async () => (await secondHealthBody()).status === 'ok';
      expect(await eventually(healthy, 5_000, 200)).toBe(true);
      expect(await secondHealthBody()).toEqual({ status: 'ok', database: 'up', replica: 'up' });
    } finally {
      second.child.kill('SIGTERM');
      await exitOf(second, 10_000);
      await saveAppLog('read-replica-late', second.output());
    }
  }, 120_000);
});
