import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

describe('lockDataDir', () => {
  let folder: string;
  let dataDir: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'naltrack-lock-'));
    dataDir = path.join(folder, 'data');
  });

  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('keeps a second owner out while the first holds the folder, and lets go on release', async () => {
    const release = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toThrow(DataDirInUseError);
    await release();
    await (await lockDataDir(dataDir))();
  });

  it('takes over the lock of a process that was killed', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    await writeFile(`${dataDir}.lock`, `${child.pid}\n`);
    const release = await lockDataDir(dataDir);
    expect((await readFile(`${dataDir}.lock`, 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await release();
  });

  it('takes over a lock whose pid now belongs to another process (a restart reused it)', async () => {
    // This very pid, recorded with another start time: the lock's owner was an earlier process.
    await writeFile(`${dataDir}.lock`, `${process.pid}\n1\n`);
    await (await lockDataDir(dataDir))();
  });

  it('refuses a lock naming a live process when it cannot tell when the owner started', async () => {
    await writeFile(`${dataDir}.lock`, `${process.pid}\n`);
    await expect(lockDataDir(dataDir)).rejects.toThrow(`in use by process ${process.pid}`);
  });
});
