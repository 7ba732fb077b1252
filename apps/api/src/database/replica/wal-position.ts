/** A position in the primary's write-ahead log as PostgreSQL prints it (`16/B374D848`), as a number. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  if (!high || !low) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** The primary's WAL position read at an instant (ms since the epoch, the app's clock). */
export interface WalSample {
  at: number;
  lsn: bigint;
}

/**
 * The latest instant up to which the replica holds every commit: the newest sample whose position
 * it has replayed. A commit acknowledged before a sample was taken lies at or before that
 * sample's position. Null when it has replayed none of them.
 */
export function caughtUpTo(samples: readonly WalSample[], replayed: bigint): number | null {
  let latest: number | null = null;
  for (const sample of samples) {
    if (sample.lsn <= replayed && (latest === null || sample.at > latest)) latest = sample.at;
  }
  return latest;
}
