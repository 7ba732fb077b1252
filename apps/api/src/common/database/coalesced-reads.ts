/** What one caller gets from a read it shared: the result and its own place among the callers. */
export interface SharedRead<T> {
  result: T;
  /** How many callers the read served. */
  callers: number;
  /** This caller's place among them, from 0, in the order they asked. */
  place: number;
}

interface Group<T> {
  callers: number;
  run: (callers: number) => Promise<T>;
  settle: { resolve: (result: T) => void; reject: (error: unknown) => void };
  done: Promise<T>;
}

function groupOf<T>(run: (callers: number) => Promise<T>): Group<T> {
  let settle!: Group<T>['settle'];
  const done = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { callers: 0, run, settle, done };
}

/**
 * Identical reads asked while one is in flight wait for it to end, then go together in a single
 * read for all of them. Each caller's read still starts after the caller asked (never an answer
 * read before it came, as a cache would give), while a burst of N identical reads costs two round
 * trips instead of N. `run` is told how many callers the read serves, for a read that also counts
 * them.
 */
export class CoalescedReads<T> {
  /** Per key, the callers waiting for the read in flight to end; null when none wait. */
  private readonly waiting = new Map<string, Group<T> | null>();

  async read(key: string, run: (callers: number) => Promise<T>): Promise<SharedRead<T>> {
    const inFlight = this.waiting.has(key);
    let group = this.waiting.get(key);
    if (!group) {
      group = groupOf(run);
      // With none in flight it starts now; else it waits for the one in flight.
      this.waiting.set(key, inFlight ? group : null);
    }
    const place = group.callers++;
    if (!inFlight) this.start(key, group);
    const result = await group.done;
    return { result, callers: group.callers, place };
  }

  private start(key: string, group: Group<T>): void {
    const ended = () => {
      const next = this.waiting.get(key);
      if (next) {
        this.waiting.set(key, null);
        this.start(key, next);
      } else this.waiting.delete(key);
    };
    group.run(group.callers).then(group.settle.resolve, group.settle.reject).finally(ended);
  }
}
