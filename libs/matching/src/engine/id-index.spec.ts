import { randomUUID } from 'node:crypto';
import { IdIndex } from './id-index';

describe('IdIndex', () => {
  it('finds each slot by its id and gives the id back, across growth', () => {
    const index = new IdIndex();
    const ids = Array.from({ length: 5_000 }, () => randomUUID());
    ids.forEach((id, slot) => index.set(id, slot));
    ids.forEach((id, slot) => {
      expect(index.get(id)).toBe(slot);
      expect(index.idOf(slot)).toBe(id);
    });
    expect(index.get(randomUUID())).toBeUndefined();
    expect(index.get('not-a-uuid')).toBeUndefined();
  });

  it('moves an id to its new slot, forgets a deleted one, and finds the rest past the gap', () => {
    const index = new IdIndex();
    const ids = Array.from({ length: 100 }, () => randomUUID());
    ids.forEach((id, slot) => index.set(id, slot));
    index.set(ids[3], 100);
    expect(index.get(ids[3])).toBe(100);
    index.delete(ids[4]);
    expect(index.get(ids[4])).toBeUndefined();
    expect(ids.filter((_, slot) => slot !== 4).every((id) => index.get(id) !== undefined)).toBe(true);
    expect(index.slots().sort((a, b) => a - b)).toEqual(
      [...Array.from({ length: 100 }, (_, i) => i), 100].filter((slot) => slot !== 3 && slot !== 4),
    );
  });

  it('orders slots as their id strings order, upper case ids included', () => {
    const index = new IdIndex();
    const ids = Array.from({ length: 200 }, () => randomUUID());
    ids.forEach((id, slot) => index.set(slot % 2 ? id.toUpperCase() : id, slot));
    const bySlot = ids.map((_, slot) => slot).sort((a, b) => index.compare(a, b));
    expect(bySlot.map((slot) => ids[slot])).toEqual([...ids].sort());
  });
});
