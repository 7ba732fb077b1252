import { type OpioidUseObservation, recordedOpioidUse } from './recorded-opioid-use.js';

const screen = (observedOn: string, results: Record<string, 'positive' | 'negative'>): OpioidUseObservation => ({
  observedOn,
  kind: 'uds',
  results,
});
const reported = (observedOn: string, substance: string, value = 1): OpioidUseObservation => ({
  observedOn,
  kind: 'self_reported_use',
  substance,
  value,
});

describe('recordedOpioidUse', () => {
  it('finds nothing in a record without opioid use', () => {
    const record = recordedOpioidUse(
      [
        screen('2026-06-01', { fentanyl: 'negative', alcohol: 'positive' }),
        reported('2026-06-02', 'alcohol', 6),
        { observedOn: '2026-06-03', kind: 'pacs', value: 20 },
      ],
      '2026-06-15',
    );
    expect(record).toEqual({ lastUse: null, lastPositiveScreen: null });
  });

  it('takes the latest day of use on or before the start day and names its source', () => {
    const record = recordedOpioidUse(
      [
        screen('2026-06-08', { fentanyl: 'positive', cocaine: 'positive' }),
        reported('2026-06-01', 'heroin'),
        // After the start day: not part of what the prescriber could have known.
        screen('2026-06-16', { opioids: 'positive' }),
      ],
      '2026-06-15',
    );
    const fentanyl = { on: '2026-06-08', substances: ['fentanyl'], source: 'positive fentanyl screen' };
    expect(record).toEqual({ lastUse: fentanyl, lastPositiveScreen: fentanyl });
  });

  it('counts the start day itself', () => {
    expect(recordedOpioidUse([reported('2026-06-15', 'oxycodone')], '2026-06-15').lastUse?.on).toBe('2026-06-15');
  });

  it('counts buprenorphine and methadone, and a self-report in any case', () => {
    const record = recordedOpioidUse(
      [screen('2026-06-05', { methadone: 'positive' }), reported('2026-06-10', ' Buprenorphine ')],
      '2026-06-15',
    );
    expect(record.lastUse).toEqual({
      on: '2026-06-10',
      substances: ['buprenorphine'],
      source: 'self-reported buprenorphine use',
    });
    expect(record.lastPositiveScreen).toEqual({
      on: '2026-06-05',
      substances: ['methadone'],
      source: 'positive methadone screen',
    });
  });

  it('joins a screen and a self-report of the same day, and ignores a report of no use', () => {
    const record = recordedOpioidUse(
      [
        screen('2026-06-10', { opioids: 'positive', fentanyl: 'positive' }),
        reported('2026-06-10', 'heroin'),
        reported('2026-06-12', 'heroin', 0),
      ],
      '2026-06-15',
    );
    expect(record.lastUse).toEqual({
      on: '2026-06-10',
      substances: ['fentanyl', 'opioids', 'heroin'],
      source: 'positive fentanyl and opioid screen; self-reported heroin use',
    });
  });
});
