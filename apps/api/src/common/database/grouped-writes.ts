import { afterArrivals } from './after-arrivals.js';

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Writes that arrive while every slot is busy wait, then go together in one group: a burst of N
 * writes costs a few transactions (and disk flushes) instead of N, as a database's group commit
 * does. While a slot is free a write waits only for the writes that arrived with it
 * (`afterArrivals`), so an idle server writes each one at once. The writes waiting are shared
 * among the free slots, whose transactions run side by side on the database's cores; writes with
 * the same key (a patient, whose lock one transaction holds at a time) always go in one group.
 *
 * `write` takes a group and holds its slot until it resolves, to one answer per item in order;
 * an answer may settle later (an item the group handed on to be written alone), without holding the
 * slot. An error thrown by `write` itself fails every item of its group.
 */
export class GroupedWrites<I, O> {
  private queue: Pending<I, O>[] = [];
  private running = 0;
  private gathering = false;

  constructor(
    private readonly write: (items: I[]) => Promise<Promise<O>[]>,
    private readonly keyOf: (item: I) => string,
    private readonly slots: number,
    private readonly maxGroup: number,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.gathering || this.running >= this.slots) return;
      this.gathering = true;
      afterArrivals(() => {
        this.gathering = false;
        this.startGroups();
      });
    });
  }

  private startGroups(): void {
    while (this.running < this.slots && this.queue.length > 0) this.startGroup();
  }

  private startGroup(): void {
    const share = Math.ceil(this.queue.length / (this.slots - this.running));
    const group: Pending<I, O>[] = [];
    const keys = new Set<string>();
    const rest: Pending<I, O>[] = [];
    for (const pending of this.queue) {
      const key = this.keyOf(pending.item);
      const joins = group.length < this.maxGroup && (group.length < share || keys.has(key));
      if (joins) keys.add(key);
      (joins ? group : rest).push(pending);
    }
    this.queue = rest;
    this.running++;
    this.write(group.map((pending) => pending.item))
      .then(
        (answers) =>
          group.forEach((pending, i) => {
            const answer = answers[i] ?? Promise.reject(new Error('a grouped write gave no answer for an item'));
            answer.then(pending.resolve, pending.reject);
          }),
        (error: unknown) => {
          for (const pending of group) pending.reject(error);
        },
      )
      .finally(() => {
        this.running--;
        this.startGroups();
      });
  }
}
