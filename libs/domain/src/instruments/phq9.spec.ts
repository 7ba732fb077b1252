import { phq9Item9Positive, scorePhq9 } from './phq9.js';
import { itemsSumming } from './spec-items.js';

const phq9 = (total: number) => scorePhq9(itemsSumming(9, 3, total).map((v, i) => (i === 8 ? 0 : v)));

describe('PHQ-9', () => {
  it.each([
    [0, 'none_minimal'],
    [4, 'none_minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('a total of %i is %s', (total, band) => {
    expect(phq9(total)).toEqual({ total, subscores: {}, band, flags: [] });
  });

  it('reaches 27 with every item at 3, and flags item 9 above 0', () => {
    expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual({
      total: 27,
      subscores: {},
      band: 'severe',
      flags: ['item9_positive'],
    });
  });

  it('flags item 9 on its own, whatever the total', () => {
    const items = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(scorePhq9(items)).toMatchObject({ total: 1, band: 'none_minimal', flags: ['item9_positive'] });
    expect(phq9Item9Positive(items)).toBe(true);
    expect(phq9Item9Positive([3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
  });

  it.each([
    ['eight items', [0, 0, 0, 0, 0, 0, 0, 0], 'items must hold the 9 PHQ-9 item scores, not 8'],
    ['ten items', Array(10).fill(0), 'not 10'],
    ['an item of 4', [0, 0, 4, 0, 0, 0, 0, 0, 0], 'items.2 (PHQ-9 item 3) must be a whole number from 0 to 3'],
    ['an item of -1', [0, 0, 0, 0, 0, 0, 0, 0, -1], 'items.8'],
    ['a half', [0.5, 0, 0, 0, 0, 0, 0, 0, 0], 'items.0'],
    ['text', ['1', 0, 0, 0, 0, 0, 0, 0, 0], 'items.0'],
  ])('refuses %s', (_case, items, message) => {
    expect(() => scorePhq9(items)).toThrow(message);
  });
});
