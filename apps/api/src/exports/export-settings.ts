/** How background exports behave; one object per app, so a test can shorten the intervals. */
export interface ExportSettings {
  /** How often an idle worker looks for queued or abandoned jobs. */
  pollEveryMs: number;
  /** How long a claim holds without a heartbeat before another instance may take the job over. */
  leaseMs: number;
  /** How often a running job renews its lease. */
  heartbeatEveryMs: number;
  /** Progress is written at most this often (the file is written much more often). */
  progressEveryMs: number;
  /** Claims after which a job that keeps dying is failed instead of restarted. */
  maxAttempts: number;
  /** How long a finished (or failed) job and its file are kept. */
  keepForMs: number;
  /** How often expired jobs are deleted. */
  sweepEveryMs: number;
  /** Size of one stored piece of a file. */
  chunkBytes: number;
}

export const EXPORT_SETTINGS = Symbol('EXPORT_SETTINGS');

export const DEFAULT_EXPORT_SETTINGS: Readonly<ExportSettings> = {
  pollEveryMs: 2_000,
  leaseMs: 60_000,
  heartbeatEveryMs: 15_000,
  progressEveryMs: 1_000,
  maxAttempts: 3,
  keepForMs: 7 * 24 * 60 * 60 * 1_000,
  sweepEveryMs: 10 * 60 * 1_000,
  chunkBytes: 512 * 1_024,
};
