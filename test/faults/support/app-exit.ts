import { once } from 'node:events';
import type { AppProcess } from '../../e2e/app-process.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * How the process ended, waiting at most `timeoutMs` before killing it. Safe to call on a process
 * that has already ended, whether it exited or was killed by a signal.
 */
export async function exitOf(app: AppProcess, timeoutMs: number): Promise<Exit> {
  const { child } = app;
  if (child.exitCode === null && child.signalCode === null) {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await once(child, 'exit');
    clearTimeout(timer);
  }
  return { code: child.exitCode, signal: child.signalCode };
}
