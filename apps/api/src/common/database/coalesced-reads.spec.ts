import { CoalescedReads } from './coalesced-reads.js';

/** A read whose end the test decides, recording when it started and for which callers' inputs. */
function controlledReads() {
  const started: { inputs: string[]; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  const run = (inputs: string[]) =>
    new Promise<string>((finish, fail) => {
      started.push({ inputs: [...inputs], finish, fail });
    });
  return { started, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedReads', () => {
  it('reads once the callers that came together are in, when no identical read is in flight', async () => {
    const reads = new CoalescedReads<string, string>();
    const { started, run } = controlledReads();
    const answer = reads.read('a', 'in1', run);
    const alongside = reads.read('a', 'in1b', run);
    expect(started).toHaveLength(0);
    await tick();
    expect(started.map((read) => read.inputs)).toEqual([['in1', 'in1b']]);
    started[0]?.finish('first');
    await expect(Promise.all([answer, alongside])).resolves.toEqual([
      { result: 'first', callers: 2, place: 0 },
      { result: 'first', callers: 2, place: 1 },
    ]);
  });

  it('has callers that came during a read wait for it, then share one read started after them', async () => {
    const reads = new CoalescedReads<string, string>();
    const { started, run } = controlledReads();
    const first = reads.read('a', 'in2', run);
    await tick();
    const later = [reads.read('a', 'in3', run), reads.read('a', 'in4', run), reads.read('a', 'in5', run)];
    await tick();
    // Nothing read before the later callers came is given to them.
    expect(started.map((read) => read.inputs)).toEqual([['in2']]);

    started[0]?.finish('before');
    await expect(first).resolves.toMatchObject({ result: 'before' });
    await tick();
    expect(started.map((read) => read.inputs)).toEqual([['in2'], ['in3', 'in4', 'in5']]);

    const joined = reads.read('a', 'in6', run);
    started[1]?.finish('after');
    await expect(Promise.all(later)).resolves.toEqual([
      { result: 'after', callers: 3, place: 0 },
      { result: 'after', callers: 3, place: 1 },
      { result: 'after', callers: 3, place: 2 },
    ]);
    await tick();
    // The caller that came during the shared read gets a read of its own after it.
    expect(started.map((read) => read.inputs)).toEqual([['in2'], ['in3', 'in4', 'in5'], ['in6']]);
    started[2]?.finish('last');
    await expect(joined).resolves.toEqual({ result: 'last', callers: 1, place: 0 });
  });

  it('keeps different keys apart', async () => {
    const reads = new CoalescedReads<string, string>();
    const { started, run } = controlledReads();
    const a = reads.read('a', 'in7', run);
    const b = reads.read('b', 'in8', run);
    await tick();
    expect(started).toHaveLength(2);
    started[1]?.finish('b');
    started[0]?.finish('a');
    await expect(Promise.all([a, b])).resolves.toEqual([
      { result: 'a', callers: 1, place: 0 },
      { result: 'b', callers: 1, place: 0 },
    ]);
  });

  it('fails every caller of a failed read, and reads again for the next', async () => {
    const reads = new CoalescedReads<string, string>();
    const { started, run } = controlledReads();
    const first = reads.read('a', 'in9', run);
    await tick();
    const waiting = [reads.read('a', 'in10', run), reads.read('a', 'in11', run)];
    started[0]?.finish('ok');
    await first;
    await tick();
    started[1]?.fail(new Error('connection lost'));
    for (const caller of waiting) await expect(caller).rejects.toThrow('connection lost');
    await tick();
    const again = reads.read('a', 'in12', run);
    await tick();
    expect(started).toHaveLength(3);
    started[2]?.finish('back');
    await expect(again).resolves.toMatchObject({ result: 'back', callers: 1 });
  });
});
