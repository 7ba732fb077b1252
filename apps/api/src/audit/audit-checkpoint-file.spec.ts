import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCheckpoint, writeCheckpoint } from './audit-checkpoint-file.js';

const KEY = Buffer.alloc(32, 3);
const CHECKPOINT = { id: '42', hash: 'a'.repeat(64), at: '2026-12-04T10:00:00.000Z', count: 42 };

describe('the audit checkpoint file', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'naltrack-checkpoint-'));
    file = path.join(dir, 'nested', 'audit-checkpoint.json');
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads back what was written and signed, owner-only, with no temporary file left', async () => {
    await writeCheckpoint(file, KEY, CHECKPOINT);
    expect(await readCheckpoint(file, KEY)).toEqual({ state: 'valid', checkpoint: CHECKPOINT });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(path.dirname(file))).toEqual(['audit-checkpoint.json']);
  });

  it('is none when there is no file', async () => {
    expect(await readCheckpoint(file, KEY)).toEqual({ state: 'none' });
  });

  it.each([
    ['its signature', (c: Record<string, unknown>) => ({ ...c, signature: `b${String(c.signature).slice(1)}` })],
    ['its id', (c: Record<string, unknown>) => ({ ...c, id: '41' })],
    ['its hash', (c: Record<string, unknown>) => ({ ...c, hash: 'b'.repeat(64) })],
    ['its time', (c: Record<string, unknown>) => ({ ...c, at: '2026-12-05T10:00:00.000Z' })],
    ['its count', (c: Record<string, unknown>) => ({ ...c, count: 41 })],
  ])('is rejected when %s is altered', async (_, alter) => {
    await writeCheckpoint(file, KEY, CHECKPOINT);
    const written = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify(alter(written)));
    expect(await readCheckpoint(file, KEY)).toEqual({ state: 'invalid' });
  });

  it('is rejected under another key, or when it is not a checkpoint at all', async () => {
    await writeCheckpoint(file, KEY, CHECKPOINT);
    expect(await readCheckpoint(file, Buffer.alloc(32, 4))).toEqual({ state: 'invalid' });
    await writeFile(file, 'not json');
    expect(await readCheckpoint(file, KEY)).toEqual({ state: 'invalid' });
  });
});
