import { open, readFile, rm } from 'node:fs/promises';

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(`The embedded database in ${dataDir} is in use by process ${pid}; stop it first or set DATA_DIR`);
    this.name = 'DataDirInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When a process started, in clock ticks since boot (Linux); null where that cannot be read. */
async function startTimeOf(pid: number): Promise<string | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // Field 22 of stat(5); the fields after the command name (which may hold spaces) start at field 3.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/**
 * Whether the process that wrote the lock still runs. A pid alone is not enough: after a kill -9
 * and a restart (a container restarting, a reboot) the same pid often belongs to another process,
 * even to the new start itself, so the lock also records when its owner started.
 */
async function ownerAlive(pid: number, startedAt: string | undefined): Promise<boolean> {
  if (!pid || !isRunning(pid)) return false;
  if (!startedAt) return true;
  const current = await startTimeOf(pid);
  return current === null || current === startedAt;
}

/**
 * PGlite has no lock of its own: two processes on one folder would corrupt it. A `<dataDir>.lock`
 * file holding the owner's pid (and start time) keeps a second one out; a lock left by a process
 * that is gone is taken over. Resolves to the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n${(await startTimeOf(process.pid)) ?? ''}\n`);
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pid, startedAt] = (await readFile(lockPath, 'utf8').catch(() => '')).split('\n');
      const owner = Number(pid?.trim());
      if (await ownerAlive(owner, startedAt?.trim())) throw new DataDirInUseError(dataDir, owner);
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
