import { ScramError, ScramVerifier } from './scram-sha-256.js';

// The SCRAM-SHA-256 example exchange of RFC 7677, section 3 (user "user", password "pencil").
const SALT = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64');
const SERVER_NONCE = '%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0';
const CLIENT_FIRST = 'n,,n=user,r=rOprNGfwEbeRWgbNEkqO';
const NONCE = `rOprNGfwEbeRWgbNEkqO${SERVER_NONCE}`;
const CLIENT_FINAL = `c=biws,r=${NONCE},p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=`;

const verifier = (password: string) => new ScramVerifier(password, SALT, () => SERVER_NONCE);

describe('ScramVerifier', () => {
  it("answers RFC 7677's example exchange with its server messages", () => {
    const exchange = verifier('pencil').begin(CLIENT_FIRST);
    expect(exchange.serverFirst).toBe(`r=${NONCE},s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096`);
    expect(exchange.finish(CLIENT_FINAL)).toBe('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  });

  it('refuses the same proof against another password', () => {
    expect(() => verifier('pencils').begin(CLIENT_FIRST).finish(CLIENT_FINAL)).toThrow(ScramError);
  });

  it('refuses a proof one bit off', () => {
    const tampered = CLIENT_FINAL.replace('p=dHzb', 'p=dHzc');
    expect(() => verifier('pencil').begin(CLIENT_FIRST).finish(tampered)).toThrow(ScramError);
  });

  it("refuses a final message that does not echo the server's nonce", () => {
    const replayed = CLIENT_FINAL.replace(SERVER_NONCE, 'another-server-nonce');
    expect(() => verifier('pencil').begin(CLIENT_FIRST).finish(replayed)).toThrow(ScramError);
  });

  it('refuses channel binding, which a Unix socket cannot offer', () => {
    expect(() => verifier('pencil').begin('p=tls-server-end-point,,n=user,r=abc')).toThrow(ScramError);
  });

  it('refuses a first message without a nonce or a final one without a proof', () => {
    expect(() => verifier('pencil').begin('n,,n=user')).toThrow(ScramError);
    expect(() => verifier('pencil').begin(CLIENT_FIRST).finish(`c=biws,r=${NONCE}`)).toThrow(ScramError);
  });
});
