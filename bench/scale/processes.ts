import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A free loopback port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

export interface RunningServer {
  url: string;
  /** The server's process id, for its resident memory in /proc/<pid>/status. */
  pid: number;
  /** The last 4,000 characters the server wrote (its warnings and errors). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code (null when ended by a signal). */
  stop(): Promise<number | null>;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server at ${url} did not become healthy:\n${output()}`);
}

async function started(child: ChildProcess, url: string): Promise<RunningServer> {
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitForHealth(url, child, () => log);
  return {
    url,
    pid: child.pid ?? 0,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code as number | null;
    },
  };
}

/** The built API on a database, as `npm start` runs it in production, logging warnings only. */
export async function startApi(
  root: string,
  databaseUrl: string,
  timeZone: string,
  port?: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  port ??= await freePort();
  const child = spawn('node', [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CLINIC_TIME_ZONE: timeZone,
      // A server needs an audit key and a TOTP key; the checkpoint stays out of the repository's data folder.
      AUDIT_HMAC_KEY: process.env.AUDIT_HMAC_KEY ?? Buffer.alloc(32, 7).toString('base64'),
      TOTP_ENCRYPTION_KEY: process.env.TOTP_ENCRYPTION_KEY ?? Buffer.alloc(32, 9).toString('base64'),
      AUDIT_CHECKPOINT_FILE: path.join(tmpdir(), `naltrack-bench-checkpoint-${port}.json`),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return started(child, `http://127.0.0.1:${port}`);
}

/** A bare Fastify server answering GET /api/health with the API's JSON, in its own process. */
export async function startBareFastify(): Promise<RunningServer> {
  const port = await freePort();
  const script = fileURLToPath(new URL('./bare-health-server.js', import.meta.url));
  const child = spawn('node', [script, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return started(child, `http://127.0.0.1:${port}`);
}
