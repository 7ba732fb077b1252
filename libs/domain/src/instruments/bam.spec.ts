import { scoreBam } from './bam.js';

/** 17 items at 0 but those given, by item number (1-based, as in the manual). */
const bam = (answers: Record<number, number>) => scoreBam(Array.from({ length: 17 }, (_, i) => answers[i + 1] ?? 0));

describe('BAM', () => {
  it('sums use from items 4-6, risk from 1, 2, 3, 8, 11, 15 and protection from 9, 10, 12, 13, 14, 16', () => {
    const items = [1, 2, 3, 4, 3, 2, 4, 1, 2, 3, 4, 1, 2, 4, 3, 2, 1];
    expect(scoreBam(items)).toEqual({
      total: null,
      subscores: { use: 4 + 3 + 2, risk: 1 + 2 + 3 + 1 + 4 + 3, protective: 2 + 3 + 1 + 2 + 4 + 2 },
      band: null,
      flags: ['any_use', 'risk_high'],
    });
  });

  it('leaves items 7 and 17 out of every score', () => {
    expect(bam({ 7: 4, 17: 4 }).subscores).toEqual({ use: 0, risk: 0, protective: 0 });
  });

  it('flags any use from one day of any substance', () => {
    expect(bam({ 9: 4, 10: 4, 12: 4, 13: 1 }).flags).toEqual([]);
    expect(bam({ 6: 1, 9: 4, 10: 4, 12: 4, 13: 1 }).flags).toEqual(['any_use']);
  });

  it('flags risk from 12, not 11', () => {
    const protectedWell = { 9: 4, 10: 4, 12: 4, 13: 1 };
    expect(bam({ ...protectedWell, 1: 4, 2: 4, 3: 3 }).flags).toEqual([]);
    expect(bam({ ...protectedWell, 1: 4, 2: 4, 3: 4 }).flags).toEqual(['risk_high']);
  });

  it('flags low protection at 12 or less, not 13', () => {
    expect(bam({ 9: 4, 10: 4, 12: 4, 13: 1 }).subscores.protective).toBe(13);
    expect(bam({ 9: 4, 10: 4, 12: 4, 13: 1 }).flags).toEqual([]);
    expect(bam({ 9: 4, 10: 4, 12: 4 }).flags).toEqual(['protection_low']);
    expect(bam({ 14: 4 }).subscores.protective).toBe(4);
  });

  it.each([
    ['16 items', Array(16).fill(0), 'items must hold the 17 BAM item scores, not 16'],
    ['an item of 5', [...Array(16).fill(0), 5], 'items.16 (BAM item 17) must be a whole number from 0 to 4'],
    ['an income answer of 2', [...Array(13).fill(0), 2, 0, 0, 0], 'items.13 (BAM item 14) must be 0 or 4'],
  ])('refuses %s', (_case, items, message) => {
    expect(() => scoreBam(items)).toThrow(message);
  });
});
