import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

/** The chain's newest link as it stood at `at`, kept outside the database. */
export interface AuditCheckpoint {
  /** seq of the newest link. */
  id: string;
  hash: string;
  at: string;
  /** Links in the chain up to and including `id`. */
  count: number;
}

export type CheckpointRead = { state: 'none' } | { state: 'invalid' } | { state: 'valid'; checkpoint: AuditCheckpoint };

// Keeps a checkpoint's signature from ever standing for a link's hash, or the other way round.
const CONTEXT = 'naltrack-audit-checkpoint-v1';

function signatureOf(key: Buffer, checkpoint: AuditCheckpoint): Buffer {
  const { id, hash, at, count } = checkpoint;
  return createHmac('sha256', key)
    .update(JSON.stringify([CONTEXT, id, hash, at, count]))
    .digest();
}

function isCheckpoint(value: unknown): value is AuditCheckpoint & { signature: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { id, hash, at, count, signature } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    /^[1-9][0-9]*$/.test(id) &&
    typeof hash === 'string' &&
    typeof at === 'string' &&
    typeof count === 'number' &&
    typeof signature === 'string' &&
    /^[0-9a-f]{64}$/.test(signature)
  );
}

/** The checkpoint in `file`: none, one whose signature does not match the key, or a valid one. */
export async function readCheckpoint(file: string, key: Buffer): Promise<CheckpointRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state: 'invalid' };
  }
  if (!isCheckpoint(parsed)) return { state: 'invalid' };
  const { id, hash, at, count, signature } = parsed;
  const checkpoint = { id, hash, at, count };
  const valid = timingSafeEqual(Buffer.from(signature, 'hex'), signatureOf(key, checkpoint));
  return valid ? { state: 'valid', checkpoint } : { state: 'invalid' };
}

/** Signs and writes the checkpoint whole or not at all: a temporary file, then a rename over the old one. */
export async function writeCheckpoint(file: string, key: Buffer, checkpoint: AuditCheckpoint): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    const signature = signatureOf(key, checkpoint).toString('hex');
    await handle.writeFile(`${JSON.stringify({ ...checkpoint, signature }, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}
