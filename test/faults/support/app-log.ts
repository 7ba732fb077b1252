import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results/faults');

/** Keeps an app process's log beside the other test results, to read after a failed run. */
export async function saveAppLog(name: string, output: string): Promise<void> {
  await mkdir(LOG_DIR, { recursive: true });
  await writeFile(path.join(LOG_DIR, `${name}.log`), output);
}
