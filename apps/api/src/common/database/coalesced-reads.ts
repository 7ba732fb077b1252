/** What one caller gets from a read it shared: the result and its own place among the callers. */
export interface SharedRead<T> {
  result: T;
  /** How many callers the read served. */
  callers: number;
  /** This caller's place among them, from 0, in the order they asked. */
  place: number;
}

interface Group<I, T> {
  inputs: I[];
  run: (inputs: I[]) => Promise<T>;
  settle: { resolve: (result: T) => void; reject: (error: unknown) => void };
  done: Promise<T>;
}

function groupOf<I, T>(run: (inputs: I[]) => Promise<T>): Group<I, T> {
  let settle!: Group<I, T>['settle'];
  const done = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { inputs: [], run, settle, done };
}

/**
 * Reads of one key asked while one is in flight wait for it to end, then go together in a single
 * read for all of them. Each caller's read still starts after the caller asked (never an answer
 * read before it came, as a cache would give), while a burst of N such reads costs two round
 * trips instead of N. `run` is given every caller's input, in the order they asked (the records
 * each one looks up, or just how many callers there are, for a read that also counts them).
 */
export class CoalescedReads<I, T> {
  /** Per key, the callers waiting for the read in flight to end; null when none wait. */
  private readonly waiting = new Map<string, Group<I, T> | null>();

  async read(key: string, input: I, run: (inputs: I[]) => Promise<T>): Promise<SharedRead<T>> {
    const inFlight = this.waiting.has(key);
    let group = this.waiting.get(key);
    if (!group) {
      group = groupOf(run);
      // With none in flight it starts now; else it waits for the one in flight.
      this.waiting.set(key, inFlight ? group : null);
    }
    const place = group.inputs.push(input) - 1;
    if (!inFlight) this.start(key, group);
    const result = await group.done;
    return { result, callers: group.inputs.length, place };
  }

  private start(key: string, group: Group<I, T>): void {
    const ended = () => {
      const next = this.waiting.get(key);
      if (next) {
        this.waiting.set(key, null);
        this.start(key, next);
      } else this.waiting.delete(key);
    };
    group.run(group.inputs).then(group.settle.resolve, group.settle.reject).finally(ended);
  }
}
