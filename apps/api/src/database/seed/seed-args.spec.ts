import { parseSeedArgs, SeedArgsError } from './seed-args.js';

describe('parseSeedArgs', () => {
  it('reads --patients and --seed, both optional', () => {
    expect(parseSeedArgs(['--patients', '600', '--seed', '7'])).toEqual({ patients: 600, seed: 7 });
    expect(parseSeedArgs(['--seed=3'])).toEqual({ patients: undefined, seed: 3 });
    expect(parseSeedArgs([])).toEqual({ patients: undefined, seed: undefined });
  });

  it.each([
    [['--patients', '0'], /--patients must be a positive whole number, got "0"/],
    [['--patients', '-5'], /--patients/],
    [['--patients', '12.5'], /--patients must be a positive whole number/],
    [['--seed', 'abc'], /--seed must be a positive whole number, got "abc"/],
    [['--seed', '1e3'], /--seed/],
    [['--patients'], /--patients/],
    [['--people', '5'], /--people/],
    [['600'], /600/],
  ])('rejects %j, naming the flag', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(SeedArgsError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
