import { caughtUpTo, parseLsn } from './wal-position.js';

describe('WAL positions', () => {
  it('reads the printed form as one number, the high half first', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(() => parseLsn('nonsense')).toThrow('not a WAL position');
  });

  it('dates the replica by the newest primary position it has replayed', () => {
    const samples = [
      { at: 1_000, lsn: 100n },
      { at: 2_000, lsn: 200n },
      { at: 3_000, lsn: 300n },
    ];
    expect(caughtUpTo(samples, 250n)).toBe(2_000);
    expect(caughtUpTo(samples, 300n)).toBe(3_000);
    expect(caughtUpTo(samples, 99n)).toBeNull();
    // An idle primary: the same position sample after sample, replayed long ago, is still caught up.
    expect(caughtUpTo([...samples, { at: 9_000, lsn: 300n }], 300n)).toBe(9_000);
  });
});
