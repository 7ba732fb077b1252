import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

/** PostgreSQL's own default iteration count (scram_iterations). */
const ITERATIONS = 4096;

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

/** Thrown for any malformed or wrong client message; the caller answers it as a failed sign-in. */
export class ScramError extends Error {}

/** One sign-in in progress: the server's first message, and a check of the client's final one. */
export interface ScramExchange {
  serverFirst: string;
  /** The server's final message (`v=...`) when the client proved it knows the password. */
  finish(clientFinal: string): string;
}

function attributes(message: string): Map<string, string> {
  return new Map(message.split(',').map((part) => [part.slice(0, 1), part.slice(2)]));
}

/**
 * The server side of SCRAM-SHA-256 (RFC 5802, RFC 7677) as PostgreSQL speaks it, without channel
 * binding: the password itself never crosses the socket, only a proof of knowing it. The salted
 * password is derived once, so each connection costs a few HMACs.
 */
export class ScramVerifier {
  private readonly storedKey: Buffer;
  private readonly serverKey: Buffer;

  constructor(
    password: string,
    private readonly salt: Buffer = randomBytes(16),
    private readonly nonce: () => string = () => randomBytes(18).toString('base64'),
  ) {
    const salted = pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');
    this.storedKey = sha256(hmac(salted, 'Client Key'));
    this.serverKey = hmac(salted, 'Server Key');
  }

  /** Starts a sign-in from the client's first message (`n,,n=user,r=nonce`). */
  begin(clientFirst: string): ScramExchange {
    // Channel binding is refused: the socket carries no TLS to bind to.
    if (!clientFirst.startsWith('n,,') && !clientFirst.startsWith('y,,')) throw new ScramError('channel binding');
    const gs2Header = clientFirst.slice(0, 3);
    const clientFirstBare = clientFirst.slice(3);
    const clientNonce = attributes(clientFirstBare).get('r');
    if (!clientNonce) throw new ScramError('no client nonce');
    const nonce = clientNonce + this.nonce();
    const serverFirst = `r=${nonce},s=${this.salt.toString('base64')},i=${ITERATIONS}`;

    return {
      serverFirst,
      finish: (clientFinal) => {
        const proofAt = clientFinal.lastIndexOf(',p=');
        if (proofAt < 0) throw new ScramError('no proof');
        const withoutProof = clientFinal.slice(0, proofAt);
        const fields = attributes(withoutProof);
        if (fields.get('c') !== Buffer.from(gs2Header).toString('base64')) throw new ScramError('channel binding');
        if (fields.get('r') !== nonce) throw new ScramError('nonce');
        const proof = Buffer.from(clientFinal.slice(proofAt + 3), 'base64');
        const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
        const signature = hmac(this.storedKey, authMessage);
        if (proof.length !== signature.length) throw new ScramError('proof');
        const clientKey = Buffer.from(proof.map((byte, i) => byte ^ (signature[i] ?? 0)));
        if (!timingSafeEqual(sha256(clientKey), this.storedKey)) throw new ScramError('proof');
        return `v=${hmac(this.serverKey, authMessage).toString('base64')}`;
      },
    };
  }
}
