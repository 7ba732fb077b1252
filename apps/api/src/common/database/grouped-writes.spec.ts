import { GroupedWrites } from './grouped-writes.js';

/** Groups whose end the test decides: each answers every item with `item!` unless told otherwise. */
function controlledGroups() {
  const started: { items: string[]; end: (answers?: Promise<string>[]) => void; fail: (error: Error) => void }[] = [];
  const write = (items: string[]) =>
    new Promise<Promise<string>[]>((resolve, reject) => {
      started.push({
        items,
        end: (answers) => resolve(answers ?? items.map((item) => Promise.resolve(`${item}!`))),
        fail: reject,
      });
    });
  return { started, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
/** Each item is its own key, unless a test keys by the item's first letter. */
const ownKey = (item: string) => item;

describe('GroupedWrites', () => {
  it('shares the items that arrived together among the free slots, and writes a lone item at once', async () => {
    const { started, write } = controlledGroups();
    const writes = new GroupedWrites(write, ownKey, 2, 10);
    const together = ['a', 'b', 'c', 'd', 'e'].map((item) => writes.submit(item));
    expect(started).toHaveLength(0);
    await tick();
    expect(started.map((group) => group.items)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    started[1]?.end();
    await tick();
    const lone = writes.submit('f');
    await tick();
    // The other slot was free again: the item that came during the first group did not wait for it.
    expect(started.map((group) => group.items)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    started[2]?.end();
    started[0]?.end();
    await expect(Promise.all([...together, lone])).resolves.toEqual(['a!', 'b!', 'c!', 'd!', 'e!', 'f!']);
  });

  it('keeps the items of one key in one group', async () => {
    const { started, write } = controlledGroups();
    const writes = new GroupedWrites(write, (item: string) => item.charAt(0), 2, 10);
    const all = ['a1', 'b1', 'c1', 'a2', 'd1', 'c2'].map((item) => writes.submit(item));
    await tick();
    expect(started.map((group) => group.items)).toEqual([['a1', 'b1', 'c1', 'a2', 'c2'], ['d1']]);
    for (const group of started) group.end();
    await expect(Promise.all(all)).resolves.toEqual(['a1!', 'b1!', 'c1!', 'a2!', 'd1!', 'c2!']);
  });

  it('has items that came while every slot was busy go together when one frees, each to its own answer', async () => {
    const { started, write } = controlledGroups();
    const writes = new GroupedWrites(write, ownKey, 1, 10);
    const first = writes.submit('a');
    await tick();
    const later = ['b', 'c', 'd'].map((item) => writes.submit(item));
    await tick();
    expect(started.map((group) => group.items)).toEqual([['a']]);

    started[0]?.end();
    await expect(first).resolves.toBe('a!');
    await tick();
    expect(started.map((group) => group.items)).toEqual([['a'], ['b', 'c', 'd']]);
    started[1]?.end([Promise.resolve('b!'), Promise.reject(new Error('c refused')), Promise.resolve('d!')]);
    const answers = await Promise.allSettled(later);
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : (a.reason as Error).message))).toEqual([
      'b!',
      'c refused',
      'd!',
    ]);
  });

  it('splits a long queue into groups of at most the largest size', async () => {
    const { started, write } = controlledGroups();
    const writes = new GroupedWrites(write, ownKey, 1, 2);
    const all = ['a', 'b', 'c', 'd', 'e'].map((item) => writes.submit(item));
    for (let i = 0; i < 3; i++) {
      await tick();
      started[i]?.end();
    }
    await expect(Promise.all(all)).resolves.toEqual(['a!', 'b!', 'c!', 'd!', 'e!']);
    expect(started.map((group) => group.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('fails every item of a group whose write throws, and goes on with the next group', async () => {
    const { started, write } = controlledGroups();
    const writes = new GroupedWrites(write, ownKey, 1, 10);
    const first = writes.submit('a');
    await tick();
    const second = writes.submit('b');
    started[0]?.fail(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await tick();
    started[1]?.end();
    await expect(second).resolves.toBe('b!');
  });

  it('frees the slot when the group resolves, while an answer handed on still settles later', async () => {
    const { started, write } = controlledGroups();
    const writes = new GroupedWrites(write, ownKey, 1, 10);
    let finishLater!: (value: string) => void;
    const handedOn = writes.submit('a');
    await tick();
    started[0]?.end([
      new Promise<string>((resolve) => {
        finishLater = resolve;
      }),
    ]);
    await tick();
    const next = writes.submit('b');
    await tick();
    expect(started.map((group) => group.items)).toEqual([['a'], ['b']]);
    started[1]?.end();
    await expect(next).resolves.toBe('b!');
    finishLater('a, later');
    await expect(handedOn).resolves.toBe('a, later');
  });
});
