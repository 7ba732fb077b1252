import {
  isOpioidSubstance,
  isValidPacsItems,
  OPIOID_SUBSTANCES,
  pacsTotal,
  UDS_SUBSTANCE_LABELS,
  UDS_SUBSTANCES,
} from './observations.js';

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
  it('counts every opioid but naltrexone, buprenorphine and methadone included', () => {
    for (const opioid of ['opioids', 'heroin', 'morphine', 'codeine', 'oxycodone', 'fentanyl', 'tramadol']) {
      expect(isOpioidSubstance(opioid)).toBe(true);
    }
    expect(isOpioidSubstance('buprenorphine')).toBe(true);
    expect(isOpioidSubstance('methadone')).toBe(true);
    expect(isOpioidSubstance('naltrexone')).toBe(false);
    expect(isOpioidSubstance('alcohol')).toBe(false);
    expect(isOpioidSubstance('cocaine')).toBe(false);
    expect(isOpioidSubstance(undefined)).toBe(false);
  });

  it('reads a self-report the same way whatever its case or spacing', () => {
    expect(isOpioidSubstance(' Heroin ')).toBe(true);
    expect(isOpioidSubstance('METHADONE')).toBe(true);
  });

  it('lists every opioid on the drug screen panel, each with a label', () => {
    for (const opioid of OPIOID_SUBSTANCES) {
      expect(UDS_SUBSTANCES).toContain(opioid);
      expect(UDS_SUBSTANCE_LABELS[opioid]).toBeTruthy();
    }
    expect(UDS_SUBSTANCE_LABELS.heroin).toBe('Heroin (6-MAM)');
  });
});
