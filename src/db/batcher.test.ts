import { describe, expect, it } from 'vitest';
import { batched } from './batcher.ts';

/** A `run` that records its batches and finishes each when told to. */
function recorder() {
  const batches: string[][] = [];
  const finish: (() => void)[] = [];
  const run = (items: readonly string[]) => {
    batches.push([...items]);
    if (items.some((i) => i.startsWith('bad'))) return Promise.reject(new Error(`bad in ${items.join(',')}`));
    return new Promise<string[]>((resolve) => finish.push(() => resolve(items.map((i) => i.toUpperCase()))));
  };
  const settle = async () => { while (finish.length > 0) { finish.shift()!(); await new Promise((r) => setImmediate(r)); } };
  return { batches, run, settle };
}
const keyOf = (item: string) => item.split(':')[0]!;

describe('batched', () => {
  it('sends a call at once when nothing runs, and the calls that arrive meanwhile together next', async () => {
    const r = recorder();
    const call = batched(r.run, { maxInFlight: 1, maxBatch: 10, conflictKey: keyOf });
    const first = call('a');
    expect(r.batches).toEqual([['a']]);
    const rest = ['b', 'c', 'd'].map(call);
    expect(r.batches).toEqual([['a']]);
    await r.settle();
    expect(await first).toBe('A');
    expect(await Promise.all(rest)).toEqual(['B', 'C', 'D']);
    expect(r.batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('runs up to maxInFlight batches at once and no batch over maxBatch', async () => {
    const r = recorder();
    const call = batched(r.run, { maxInFlight: 2, maxBatch: 2, conflictKey: keyOf });
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map(call);
    expect(r.batches).toEqual([['a'], ['b']]);
    await r.settle();
    expect(await Promise.all(all)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(r.batches).toEqual([['a'], ['b'], ['c', 'd'], ['e', 'f']]);
  });

  it('never puts two calls with one key in flight together or in one batch', async () => {
    const r = recorder();
    const call = batched(r.run, { maxInFlight: 2, maxBatch: 10, conflictKey: keyOf });
    const all = ['x:1', 'x:2', 'y:1', 'x:3', 'y:2'].map(call);
    expect(r.batches).toEqual([['x:1'], ['y:1']]);
    await r.settle();
    await Promise.all(all);
    expect(r.batches).toEqual([['x:1'], ['y:1'], ['x:2'], ['y:2'], ['x:3']]);
  });

  it('retries a failed batch call by call, so only the bad call fails', async () => {
    const r = recorder();
    const call = batched(r.run, { maxInFlight: 1, maxBatch: 10, conflictKey: keyOf });
    const first = call('a');
    const good = call('b');
    const bad = call('bad');
    const other = call('c');
    const results = Promise.allSettled([first, good, bad, other]);
    await r.settle(); // 'a'; then [b, bad, c] fails at once and each runs alone
    await r.settle();
    const [a, b, x, c] = await results;
    expect([a, b, c].map((s) => (s as PromiseFulfilledResult<string>).value)).toEqual(['A', 'B', 'C']);
    expect((x as PromiseRejectedResult).reason.message).toBe('bad in bad');
    expect(r.batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });
});
