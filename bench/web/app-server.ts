import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The built app (`node apps/api/dist/main.js`) on a server database, ready when healthy. */
export async function startApp(root: string, databaseUrl: string, port: number): Promise<RunningApp> {
  const child: ChildProcess = spawn('node', ['apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO: 'false',
      // A server needs an audit key and a TOTP key; the checkpoint stays out of the repository's data folder.
      AUDIT_HMAC_KEY: process.env.AUDIT_HMAC_KEY ?? Buffer.alloc(32, 7).toString('base64'),
      TOTP_ENCRYPTION_KEY: process.env.TOTP_ENCRYPTION_KEY ?? Buffer.alloc(32, 9).toString('base64'),
      AUDIT_CHECKPOINT_FILE: path.join(tmpdir(), `naltrack-web-bench-checkpoint-${port}.json`),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      return {
        baseUrl,
        async stop() {
          child.kill('SIGTERM');
          if (child.exitCode === null) await once(child, 'exit');
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error('the app did not become healthy within 60 s');
}
