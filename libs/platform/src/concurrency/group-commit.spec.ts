import { GroupCommit } from './group-commit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A GroupCommit whose first batch stays open until `release()`, recording every batch; results are item × 10. */
function heldGroup(maxBatch: number, failOn?: number) {
  const batches: number[][] = [];
  let release: () => void = () => undefined;
  const group = new GroupCommit<number, number>(
    async (items) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      if (failOn !== undefined && items.includes(failOn)) throw new Error(`item ${failOn} is poisoned`);
      return items.map((item) => item * 10);
    },
    { maxBatch },
  );
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

  it('fails only the caller whose item fails: the batch is halved until the bad item stands alone', async () => {
    const { group, batches, release } = heldGroup(100, 6);
    const first = group.submit(0);
    await tick();
    const rest = [1, 2, 3, 4, 5, 6, 7, 8].map((item) => ({
      item,
      result: group.submit(item).then(String, (error: Error) => error.message),
    }));
    release();
    await first;
    const results = await Promise.all(rest.map(({ result }) => result));
    expect(results).toEqual(['10', '20', '30', '40', '50', 'item 6 is poisoned', '70', '80']);
    // [1..8] fails, [1..4] passes, [5..8] fails, [5,6] fails, [5] passes, [6] fails alone, [7,8] passes.
    expect(batches.slice(1)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4], [5, 6, 7, 8], [5, 6], [5], [6], [7, 8]]);
  });

  it('fails the whole batch at once when the failure is shared by all, and goes on with the next batch', async () => {
    let calls = 0;
    const group = new GroupCommit<string, string>(
      async (items) => {
        calls++;
        if (calls <= 2) throw Object.assign(new Error('database down'), { shared: true });
        return items;
      },
      { maxBatch: 10, mayBeCausedByAnItem: (error) => !(error as { shared?: boolean }).shared },
    );
    // 'a' goes alone; 'b' and 'c' gather behind it and fail together, unsplit.
    const failed = [group.submit('a'), group.submit('b'), group.submit('c')];
    for (const each of failed) await expect(each).rejects.toThrow('database down');
    await expect(group.submit('d')).resolves.toBe('d');
    expect(calls).toBe(3);
  });
});
