import { CoalescedReads } from './coalesced-reads.js';

/** A read whose end the test decides, recording when it started and for how many callers. */
function controlledReads() {
  const started: { callers: number; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  const run = (callers: number) =>
    new Promise<string>((finish, fail) => {
      started.push({ callers, finish, fail });
    });
  return { started, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedReads', () => {
  it('reads at once when no identical read is in flight', async () => {
    const reads = new CoalescedReads<string>();
    const { started, run } = controlledReads();
    const answer = reads.read('a', run);
    expect(started).toHaveLength(1);
    started[0]?.finish('first');
    await expect(answer).resolves.toEqual({ result: 'first', callers: 1, place: 0 });
  });

  it('has callers that came during a read wait for it, then share one read started after them', async () => {
    const reads = new CoalescedReads<string>();
    const { started, run } = controlledReads();
    const first = reads.read('a', run);
    const later = [reads.read('a', run), reads.read('a', run), reads.read('a', run)];
    await tick();
    // Nothing read before the later callers came is given to them.
    expect(started.map((read) => read.callers)).toEqual([1]);

    started[0]?.finish('before');
    await expect(first).resolves.toMatchObject({ result: 'before' });
    await tick();
    expect(started.map((read) => read.callers)).toEqual([1, 3]);

    const joined = reads.read('a', run);
    started[1]?.finish('after');
    await expect(Promise.all(later)).resolves.toEqual([
      { result: 'after', callers: 3, place: 0 },
      { result: 'after', callers: 3, place: 1 },
      { result: 'after', callers: 3, place: 2 },
    ]);
    await tick();
    // The caller that came during the shared read gets a read of its own after it.
    expect(started.map((read) => read.callers)).toEqual([1, 3, 1]);
    started[2]?.finish('last');
    await expect(joined).resolves.toEqual({ result: 'last', callers: 1, place: 0 });
  });

  it('keeps different keys apart', async () => {
    const reads = new CoalescedReads<string>();
    const { started, run } = controlledReads();
    const a = reads.read('a', run);
    const b = reads.read('b', run);
    expect(started).toHaveLength(2);
    started[1]?.finish('b');
    started[0]?.finish('a');
    await expect(Promise.all([a, b])).resolves.toEqual([
      { result: 'a', callers: 1, place: 0 },
      { result: 'b', callers: 1, place: 0 },
    ]);
  });

  it('fails every caller of a failed read, and reads again for the next', async () => {
    const reads = new CoalescedReads<string>();
    const { started, run } = controlledReads();
    const first = reads.read('a', run);
    const waiting = [reads.read('a', run), reads.read('a', run)];
    started[0]?.finish('ok');
    await first;
    await tick();
    started[1]?.fail(new Error('connection lost'));
    for (const caller of waiting) await expect(caller).rejects.toThrow('connection lost');
    await tick();
    const again = reads.read('a', run);
    expect(started).toHaveLength(3);
    started[2]?.finish('back');
    await expect(again).resolves.toMatchObject({ result: 'back', callers: 1 });
  });
});
