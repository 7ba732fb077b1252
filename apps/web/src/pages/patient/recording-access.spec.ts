import { readsByBreakGlass } from './recording-access';

describe('readsByBreakGlass', () => {
  const teams = [{ id: 't1' }, { id: 't2' }];

  it('is false for a patient of one of the caller’s teams', () => {
    expect(readsByBreakGlass(teams, 't2')).toBe(false);
  });

  it('is true for a patient outside every team of the caller', () => {
    expect(readsByBreakGlass(teams, 't3')).toBe(true);
    expect(readsByBreakGlass([], 't1')).toBe(true);
  });

  it('is false while the caller’s teams are unknown, leaving the decision to the API', () => {
    expect(readsByBreakGlass(undefined, 't1')).toBe(false);
  });
});
