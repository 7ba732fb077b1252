import { spawn } from 'node:child_process';

/** What one side of the benchmark reports, as the last line of its output (JSON). */
export interface SideResult {
  /** Units counted by the side: patient-periods (CSV rows) or COPY lines (patients). */
  rows: number;
  bytes: number;
  ms: number;
  /** The process's peak resident set (from the kernel's accounting), in bytes. */
  peakRssBytes: number;
  /** Resident set just before the export started, to tell the export's own memory from start-up. */
  baselineRssBytes: number;
}

/** Times `work`, noting the resident set before it (start-up: modules, pools) to set its peak against. */
export async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; baselineRssBytes: number }> {
  const baselineRssBytes = process.memoryUsage().rss;
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started, baselineRssBytes };
}

/** The kernel's high-water mark of this process's resident set: no peak is missed between samples. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1_024;
}

/** Runs one side in its own Node process, so each side's peak memory is its own; resolves its result. */
export function runSide<T extends SideResult>(script: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${script} exited with ${code}:\n${output}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
    child.stdin.end(JSON.stringify(input));
  });
}

/** The JSON a parent wrote to this side's standard input. */
export async function readInput<T>(): Promise<T> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return JSON.parse(text) as T;
}
