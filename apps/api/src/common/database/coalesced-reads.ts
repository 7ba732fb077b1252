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
    if (!this.waiting.has(key)) {
      this.waiting.set(key, null);
      const group = groupOf(run);
      group.callers = 1;
      this.start(key, group);
      return { result: await group.done, callers: 1, place: 0 };
    }
    let next = this.waiting.get(key);
    if (!next) {
      next = groupOf(run);
      this.waiting.set(key, next);
    }
    const place = next.callers++;
    const result = await next.done;
    return { result, callers: next.callers, place };
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
