import { scoreAuditC } from './audit-c.js';
import { itemsSumming } from './spec-items.js';

const auditC = (total: number, sex: 'male' | 'female' | 'other' | 'unknown') =>
  scoreAuditC(itemsSumming(3, 4, total), sex);

describe('AUDIT-C', () => {
  it.each([
    [0, 'negative', []],
    [3, 'negative', []],
    [4, 'positive', ['positive_screen']],
    [7, 'positive', ['positive_screen']],
    [8, 'severe', ['positive_screen']],
    [12, 'severe', ['positive_screen']],
  ])('for a man, a total of %i is %s', (total, band, flags) => {
    expect(auditC(total, 'male')).toEqual({ total, subscores: {}, band, flags });
  });

  it.each([
    [2, 'negative', []],
    [3, 'positive', ['positive_screen']],
    [7, 'positive', ['positive_screen']],
    [8, 'severe', ['positive_screen']],
  ])('for a woman, a total of %i is %s', (total, band, flags) => {
    expect(auditC(total, 'female')).toEqual({ total, subscores: {}, band, flags });
  });

  it("takes the women's threshold of 3 for other and unknown sex", () => {
    expect(auditC(3, 'other').band).toBe('positive');
    expect(auditC(3, 'unknown').band).toBe('positive');
    expect(auditC(2, 'unknown').band).toBe('negative');
  });

  it.each([
    ['two items', [1, 1], 'items must hold the 3 AUDIT-C item scores, not 2'],
    ['an item of 5', [0, 5, 0], 'items.1 (AUDIT-C item 2) must be a whole number from 0 to 4'],
  ])('refuses %s', (_case, items, message) => {
    expect(() => scoreAuditC(items, 'male')).toThrow(message);
  });
});
