import { afterArrivals } from './after-arrivals.js';

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

/** Per key: the callers gathering for the next read, and whether a read is in flight. */
interface KeyState<I, T> {
  gathering: Group<I, T> | null;
  inFlight: boolean;
}

/**
 * Reads of one key asked together, or while one is in flight, go in a single read for all of
 * them: a read starts once the callers that came with the first have arrived (`afterArrivals`),
 * and callers that come while it runs wait for it to end, then go together in the next. Each
 * caller's read still starts after the caller asked (never an answer read before it came, as a
 * cache would give), while a burst of N such reads costs one or two round trips instead of N.
 * `run` is given every caller's input, in the order they asked (the records each one looks up, or
 * just how many callers there are, for a read that also counts them).
 */
export class CoalescedReads<I, T> {
  private readonly keys = new Map<string, KeyState<I, T>>();

  async read(key: string, input: I, run: (inputs: I[]) => Promise<T>): Promise<SharedRead<T>> {
    const state = this.stateOf(key);
    const group = state.gathering ?? this.gather(key, state, run);
    const place = group.inputs.push(input) - 1;
    const result = await group.done;
    return { result, callers: group.inputs.length, place };
  }

  private stateOf(key: string): KeyState<I, T> {
    let state = this.keys.get(key);
    if (!state) {
      state = { gathering: null, inFlight: false };
      this.keys.set(key, state);
    }
    return state;
  }

  /** A new group for the key's next read: this caller is its first. */
  private gather(key: string, state: KeyState<I, T>, run: (inputs: I[]) => Promise<T>): Group<I, T> {
    const group = groupOf(run);
    state.gathering = group;
    // With none in flight it starts once the callers that came with this one are in; else it
    // starts when the one in flight ends.
    if (!state.inFlight) afterArrivals(() => this.start(key, state, group));
    return group;
  }

  private start(key: string, state: KeyState<I, T>, group: Group<I, T>): void {
    state.gathering = null;
    state.inFlight = true;
    const ended = () => {
      state.inFlight = false;
      if (state.gathering) this.start(key, state, state.gathering);
      else this.keys.delete(key);
    };
    group.run(group.inputs).then(group.settle.resolve, group.settle.reject).finally(ended);
  }
}
