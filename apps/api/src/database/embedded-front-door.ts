import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions, PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ScramError, ScramVerifier } from './scram-sha-256.js';

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_DATABASE = 'postgres';

const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
// PostgreSQL's own limit on a startup packet (MAX_STARTUP_PACKET_LENGTH); SASL messages are smaller.
const MAX_MESSAGE = 10_000;
// A client that has not signed in by then is dropped, so idle sockets cannot hold every slot.
const SIGN_IN_TIMEOUT_MS = 10_000;
// How long closing waits for handlers to roll back open transactions before closing sockets outright.
const DETACH_WAIT_MS = 2_000;

/** A refusal sent to the client as a FATAL ErrorResponse before the socket is closed. */
class Refusal extends Error {
  constructor(
    readonly sqlState: string,
    message: string,
  ) {
    super(message);
  }
}

class ClosedEarly extends Error {}

/** Whole protocol messages read off a socket during sign-in, before PGlite takes it over. */
class SignInReader {
  private buffer = Buffer.alloc(0);
  private wake: (() => void) | null = null;
  private closed = false;
  private readonly onData = (chunk: Buffer) => {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.wake?.();
  };
  private readonly onEnd = () => {
    this.closed = true;
    this.wake?.();
  };

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData).on('end', this.onEnd).on('close', this.onEnd);
  }

  private async take(length: number): Promise<Buffer> {
    while (this.buffer.length < length) {
      if (this.closed) throw new ClosedEarly();
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    const taken = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return taken;
  }

  private static checkedLength(length: number, header: number): number {
    if (length < header || length > MAX_MESSAGE) throw new Refusal('08P01', 'invalid message length');
    return length;
  }

  /** A message without a type byte (startup, SSL request): its whole bytes. */
  async untyped(): Promise<Buffer> {
    const head = await this.take(4);
    const body = await this.take(SignInReader.checkedLength(head.readInt32BE(0), 8) - 4);
    return Buffer.concat([head, body]);
  }

  /** A typed message's body, refused unless it has the expected type. */
  async typed(type: string): Promise<Buffer> {
    const head = await this.take(5);
    const body = await this.take(SignInReader.checkedLength(head.readInt32BE(1), 4) - 4);
    if (head.toString('latin1', 0, 1) !== type) throw new Refusal('08P01', 'expected a SASL response');
    return body;
  }

  /** Stops reading and gives back the bytes already received beyond the sign-in. */
  release(): Buffer {
    this.socket.pause();
    this.socket.off('data', this.onData).off('end', this.onEnd).off('close', this.onEnd);
    return this.buffer;
  }
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function authentication(code: number, data = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(4);
  head.writeInt32BE(code);
  return message('R', Buffer.concat([head, data]));
}

function fatal(refusal: Refusal): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${refusal.sqlState}`, `M${refusal.message}`].map((field) => `${field}\0`);
  return message('E', Buffer.from(`${fields.join('')}\0`, 'utf8'));
}

/** The startup packet's parameters (user, database, ...). */
function startupParameters(packet: Buffer): Map<string, string> {
  const parts = packet.toString('utf8', 8).split('\0');
  const parameters = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) parameters.set(parts[i] ?? '', parts[i + 1] ?? '');
  return parameters;
}

/** A SASLInitialResponse body: mechanism name, then the length-prefixed client-first message. */
function saslInitial(body: Buffer): string {
  const end = body.indexOf(0);
  if (end < 0 || body.toString('utf8', 0, end) !== 'SCRAM-SHA-256') throw new Refusal('28000', 'unsupported mechanism');
  return body.toString('utf8', end + 5);
}

/**
 * PGlite answers every startup packet as the superuser, whatever the user name and password, and
 * never reads pg_hba.conf. This front door therefore signs each connection in itself, with
 * SCRAM-SHA-256 against a password the app chose at start, before handing the socket (and its
 * startup packet, which PGlite answers with AuthenticationOk) to pglite-socket's handler.
 */
export class EmbeddedFrontDoor {
  private readonly handlers = new Set<PGLiteSocketHandler>();
  private readonly signingIn = new Set<Socket>();
  /** Every open connection, whatever its stage: the server's close waits for all of them. */
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly queryQueue: PGLiteSocketHandlerOptions['queryQueue'],
    private readonly verifier: ScramVerifier,
  ) {}

  static async open(db: PGlite, socketPath: string, password: string, maxConnections: number) {
    // pglite-socket's multiplexer (one PGlite session shared by every connection, transactions kept
    // together) lives inside its server, which is never started here: only its queue is used.
    const { queryQueue } = new PGLiteSocketServer({ db }) as unknown as Pick<PGLiteSocketHandlerOptions, 'queryQueue'>;
    if (!queryQueue) throw new Error('pglite-socket no longer exposes its query queue; check its version');
    const server = createServer();
    server.maxConnections = maxConnections;
    const door = new EmbeddedFrontDoor(server, queryQueue, new ScramVerifier(password));
    server.on('connection', (socket) => {
      door.sockets.add(socket);
      socket.once('close', () => door.sockets.delete(socket));
      void door.admit(socket);
    });
    server.listen(socketPath);
    await once(server, 'listening');
    return door;
  }

  private async admit(socket: Socket): Promise<void> {
    this.signingIn.add(socket);
    socket.on('error', () => socket.destroy());
    const timer = setTimeout(() => socket.destroy(), SIGN_IN_TIMEOUT_MS);
    const reader = new SignInReader(socket);
    try {
      const startup = await this.signIn(reader, socket);
      const rest = reader.release();
      clearTimeout(timer);
      this.signingIn.delete(socket);
      if (socket.destroyed) return;
      socket.removeAllListeners('error');
      socket.unshift(Buffer.concat([startup, rest]));
      const handler = new PGLiteSocketHandler({ queryQueue: this.queryQueue, closeOnDetach: true });
      const forget = () => this.handlers.delete(handler);
      handler.addEventListener('close', forget);
      handler.addEventListener('error', forget);
      this.handlers.add(handler);
      await handler.attach(socket);
      socket.resume();
    } catch (error) {
      clearTimeout(timer);
      this.signingIn.delete(socket);
      if (error instanceof Refusal && socket.writable) socket.end(fatal(error));
      else socket.destroy();
    }
  }

  /** Runs the sign-in; resolves with the startup packet for PGlite once the password is proven. */
  private async signIn(reader: SignInReader, socket: Socket): Promise<Buffer> {
    for (;;) {
      const packet = await reader.untyped();
      const code = packet.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        socket.write('N');
        continue;
      }
      if (code !== PROTOCOL_3) throw new Refusal('0A000', 'unsupported frontend protocol');

      const parameters = startupParameters(packet);
      const user = parameters.get('user') ?? '';
      const database = parameters.get('database') || user;
      if (user !== EMBEDDED_USER) throw new Refusal('28P01', `password authentication failed for user "${user}"`);
      if (database !== EMBEDDED_DATABASE) throw new Refusal('3D000', `database "${database}" does not exist`);

      socket.write(authentication(10, Buffer.from('SCRAM-SHA-256\0\0')));
      try {
        const exchange = this.verifier.begin(saslInitial(await reader.typed('p')));
        socket.write(authentication(11, Buffer.from(exchange.serverFirst)));
        const serverFinal = exchange.finish((await reader.typed('p')).toString('utf8'));
        socket.write(authentication(12, Buffer.from(serverFinal)));
      } catch (error) {
        if (error instanceof ScramError) {
          throw new Refusal('28P01', `password authentication failed for user "${user}"`);
        }
        throw error;
      }
      return packet;
    }
  }

  /** Stops listening (which removes the socket file) and closes every connection. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.signingIn) socket.destroy();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DETACH_WAIT_MS);
    });
    await Promise.race([Promise.all([...this.handlers].map((handler) => handler.detach(true))), waited]);
    clearTimeout(timer);
    this.handlers.clear();
    // A handler closes only a writable socket, and one still rolling back holds its socket: close
    // every connection left, or the server's close would wait for it forever.
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
