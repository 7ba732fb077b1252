import { scoreGad7 } from './gad7.js';
import { itemsSumming } from './spec-items.js';

describe('GAD-7', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('a total of %i is %s', (total, band) => {
    expect(scoreGad7(itemsSumming(7, 3, total))).toEqual({ total, subscores: {}, band, flags: [] });
  });

  it.each([
    ['six items', [0, 0, 0, 0, 0, 0], 'items must hold the 7 GAD-7 item scores, not 6'],
    ['an item of 4', [0, 0, 0, 0, 0, 0, 4], 'items.6 (GAD-7 item 7) must be a whole number from 0 to 3'],
  ])('refuses %s', (_case, items, message) => {
    expect(() => scoreGad7(items)).toThrow(message);
  });
});
