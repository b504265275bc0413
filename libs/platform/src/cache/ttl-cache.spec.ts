import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('loads once for concurrent misses and serves the value until it expires', async () => {
    let loads = 0;
    const cache = new TtlCache<string, number>(50);
    const load = async () => ++loads;
    expect(await Promise.all([cache.getOrLoad('a', load), cache.getOrLoad('a', load)])).toEqual([1, 1]);
    expect(await cache.getOrLoad('a', load)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await cache.getOrLoad('a', load)).toBe(2);
  });

  it('does not remember a miss or a failure, and forgets a deleted key', async () => {
    const cache = new TtlCache<string, string>(10_000);
    expect(await cache.getOrLoad('x', async () => null)).toBeNull();
    expect(await cache.getOrLoad('x', async () => 'found')).toBe('found');
    await expect(cache.getOrLoad('y', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.getOrLoad('y', async () => 'up')).toBe('up');
    cache.delete('x');
    expect(await cache.getOrLoad('x', async () => 'reloaded')).toBe('reloaded');
  });
});
