import { isOpioidSubstance, isValidPacsItems, pacsTotal } from './observations.js';

describe('PACS', () => {
  it('sums five items scored 0-6', () => {
    expect(pacsTotal([1, 2, 3, 4, 5])).toBe(15);
    expect(pacsTotal([6, 6, 6, 6, 6])).toBe(30);
    expect(pacsTotal([0, 0, 0, 0, 0])).toBe(0);
  });

  it('refuses the wrong number of items or values out of range', () => {
    expect(() => pacsTotal([1, 2, 3, 4])).toThrow(RangeError);
    expect(() => pacsTotal([1, 2, 3, 4, 7])).toThrow(RangeError);
    expect(() => pacsTotal([1, 2, 3, 4, -1])).toThrow(RangeError);
    expect(() => pacsTotal([1, 2, 3, 4, 2.5])).toThrow(RangeError);
    expect(isValidPacsItems([1, 2, 3, 4, 5, 6])).toBe(false);
    expect(isValidPacsItems([1, 2, 3, 4, '5'])).toBe(false);
    expect(isValidPacsItems([1, 2, 3, 4, 5])).toBe(true);
  });
});

describe('opioid substances', () => {
  it('counts opioids and fentanyl but not agonist treatment', () => {
    expect(isOpioidSubstance('opioids')).toBe(true);
    expect(isOpioidSubstance('fentanyl')).toBe(true);
    expect(isOpioidSubstance('methadone')).toBe(false);
    expect(isOpioidSubstance('buprenorphine')).toBe(false);
    expect(isOpioidSubstance('alcohol')).toBe(false);
    expect(isOpioidSubstance(undefined)).toBe(false);
  });
});
