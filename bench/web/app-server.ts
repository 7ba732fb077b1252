import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The built app (`node apps/api/dist/main.js`) on a server database, ready when healthy. */
export async function startApp(root: string, databaseUrl: string, port: number): Promise<RunningApp> {
  const child: ChildProcess = spawn('node', ['apps/api/dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', DEMO: 'false' },
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
