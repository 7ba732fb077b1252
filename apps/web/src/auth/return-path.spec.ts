import { returnPathOf, returnStateFor } from './return-path';

describe('return path', () => {
  it('remembers only the path of a page, never its query string or fragment', () => {
    expect(returnStateFor('/patients/p1')).toEqual({ from: '/patients/p1' });
    expect(returnPathOf({ from: '/patients?search=Smith#row-3' })).toBe('/patients');
  });

  it('needs nothing for Today, sign-in or the setup page', () => {
    expect(returnStateFor('/')).toBeUndefined();
    expect(returnStateFor('/login')).toBeUndefined();
    expect(returnStateFor('/setup-second-factor')).toBeUndefined();
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/x'],
    ['a backslash trick', '/\\evil.example'],
    ['a relative path', 'patients'],
    ['the sign-in page', '/login'],
    ['not a string', 42],
  ])('goes to Today instead of %s', (_, from) => {
    expect(returnPathOf({ from })).toBe('/');
  });

  it('goes to Today when there is no state', () => {
    expect(returnPathOf(null)).toBe('/');
    expect(returnPathOf(undefined)).toBe('/');
  });
});
