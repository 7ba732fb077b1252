import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * On a server the app needs an audit key and a TOTP key, and each app a checkpoint file of its own
 * outside the repository.
 */
function auditSettings(env: Record<string, string>): Record<string, string> {
  if (!env.DATABASE_URL) return {};
  const checkpoint = path.join(tmpdir(), `naltrack-audit-checkpoint-${env.PORT}-${process.pid}.json`);
  return {
    AUDIT_HMAC_KEY: Buffer.alloc(32, 7).toString('base64'),
    AUDIT_CHECKPOINT_FILE: checkpoint,
    TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
  };
}

export interface AppProcess {
  child: ChildProcess;
  url: string;
  output(): string;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** Starts the built app (`node apps/api/dist/main.js`) as `npm start` does, with extra variables. */
export function startApp(env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...auditSettings(env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, url: `http://127.0.0.1:${env.PORT}`, output: () => output };
}

export async function waitForHealth(app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`app exited early:\n${app.output()}`);
    const ok = await fetch(`${app.url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`app did not become healthy:\n${app.output()}`);
}

/** Resolves with the exit code, or rejects when the process outlives the deadline. */
export async function exitCodeWithin(app: AppProcess, timeoutMs: number): Promise<number | null> {
  if (app.child.exitCode !== null) return app.child.exitCode;
  const timer = setTimeout(() => app.child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(app.child, 'exit')) as [number | null];
  clearTimeout(timer);
  return code;
}
