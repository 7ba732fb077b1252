import { evaluateReadiness, type ReadinessInput } from './readiness.js';

const ready: ReadinessInput = {
  today: '2024-07-01',
  naltrexoneStartedOn: '2024-01-01',
  lastRelapseUseOn: null,
  relapseOngoing: false,
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

  it('needs 90 days since the last day of use in a relapse (2024-04-02 is 90 days before 2024-07-01)', () => {
    expect(metById({ ...ready, lastRelapseUseOn: '2024-04-02' }).relapse_free).toBe(true);
    expect(metById({ ...ready, lastRelapseUseOn: '2024-04-03' }).relapse_free).toBe(false);
    expect(evaluateReadiness({ ...ready, lastRelapseUseOn: '2024-04-02' }).items[1]?.value).toBe(90);
  });

  it('never calls an ongoing relapse relapse-free, however long ago it began', () => {
    // Onset a year ago, use continuing: the episode is ongoing, so the item fails.
    const using = evaluateReadiness({ ...ready, lastRelapseUseOn: '2024-03-01', relapseOngoing: true });
    expect(using.ready).toBe(false);
    expect(using.items[1]).toMatchObject({ id: 'relapse_free', met: false, value: 'relapse ongoing' });
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
