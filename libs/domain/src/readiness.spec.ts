import { evaluateReadiness, type ReadinessInput } from './readiness.js';

const ready: ReadinessInput = {
  today: '2024-07-01',
  naltrexoneStartedOn: '2024-01-01',
  lastRelapseOn: null,
  pdc90: 0.85,
  attendanceRate90: 0.8,
  latestPacs: 6,
};
const metById = (input: ReadinessInput) =>
  Object.fromEntries(evaluateReadiness(input).items.map((item) => [item.id, item.met]));

describe('evaluateReadiness', () => {
  it('is ready when every item is met', () => {
    const result = evaluateReadiness(ready);
    expect(result.ready).toBe(true);
    expect(result.items.map((i) => [i.id, i.value])).toEqual([
      ['days_on_naltrexone', 183],
      ['relapse_free', 'no relapse recorded'],
      ['adherence', '85%'],
      ['attendance', '80%'],
      ['cravings', 6],
    ]);
    expect(result.items[2]?.target).toBe('≥ 80%');
  });

  it('needs 180 days on naltrexone, counting the start as day 1', () => {
    expect(metById({ ...ready, today: '2024-06-28' }).days_on_naltrexone).toBe(true);
    expect(metById({ ...ready, today: '2024-06-27' }).days_on_naltrexone).toBe(false);
    expect(metById({ ...ready, naltrexoneStartedOn: null }).days_on_naltrexone).toBe(false);
  });

  it('needs no relapse in the last 90 days', () => {
    expect(metById({ ...ready, lastRelapseOn: '2024-04-02' }).relapse_free).toBe(true);
    expect(metById({ ...ready, lastRelapseOn: '2024-04-03' }).relapse_free).toBe(false);
  });

  it('needs PDC >= 80%, attendance >= 75% and PACS below 15', () => {
    expect(metById({ ...ready, pdc90: 0.8, attendanceRate90: 0.75, latestPacs: 14 })).toMatchObject({
      adherence: true,
      attendance: true,
      cravings: true,
    });
    const failing = evaluateReadiness({ ...ready, pdc90: 0.79, attendanceRate90: 0.74, latestPacs: 15 });
    expect(failing.ready).toBe(false);
    expect(failing.items.filter((i) => !i.met).map((i) => i.id)).toEqual(['adherence', 'attendance', 'cravings']);
  });

  it('never counts missing data as met', () => {
    const result = evaluateReadiness({ ...ready, pdc90: null, attendanceRate90: null, latestPacs: null });
    expect(result.items.filter((i) => !i.met).map((i) => [i.id, i.value])).toEqual([
      ['adherence', null],
      ['attendance', null],
      ['cravings', null],
    ]);
  });
});
