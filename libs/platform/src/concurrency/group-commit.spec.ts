import { GroupCommit } from './group-commit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A GroupCommit whose first batch stays open until `release()`, recording every batch; results are item × 10. */
function heldGroup(maxBatch: number) {
  const batches: number[][] = [];
  let release: () => void = () => undefined;
  const group = new GroupCommit<number, number>(async (items) => {
    batches.push(items);
    if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    return items.map((item) => item * 10);
  }, maxBatch);
  return { group, batches, release: () => release() };
}

describe('GroupCommit', () => {
  it('commits a lone item at once and gathers items that arrive meanwhile into the next batch', async () => {
    const { group, batches, release } = heldGroup(100);
    const first = group.submit(1);
    await tick();
    const rest = [group.submit(2), group.submit(3), group.submit(4)];
    await tick();
    expect(batches).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('splits the waiting items into batches of at most the maximum', async () => {
    const { group, batches, release } = heldGroup(2);
    const all = [group.submit(0)];
    await tick();
    all.push(...[1, 2, 3, 4, 5].map((item) => group.submit(item)));
    release();
    await Promise.all(all);
    expect(batches).toEqual([[0], [1, 2], [3, 4], [5]]);
  });

  it('rejects every caller of a failed batch and goes on with the next one', async () => {
    let calls = 0;
    const group = new GroupCommit<string, string>(async (items) => {
      calls++;
      if (calls === 1) throw new Error('queue down');
      return items;
    }, 10);
    const failed = group.submit('a');
    const later = group.submit('b');
    await expect(failed).rejects.toThrow('queue down');
    await expect(later).resolves.toBe('b');
    expect(calls).toBe(2);
  });
});
