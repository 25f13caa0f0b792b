import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit.ts';

describe('token buckets per client', () => {
  it('lets a burst through, refuses the next with the wait, and refills over time', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillPerMinute: 60, now: () => now });
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('b').ok).toBe(true);
    now += 1000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
  });

  it('charges a costly request by its cost and never refills beyond the capacity', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 10, refillPerMinute: 6, now: () => now });
    expect(buckets.take('a', 8).ok).toBe(true);
    expect(buckets.take('a', 4)).toEqual({ ok: false, retryAfterSeconds: 20 });
    now += 3_600_000;
    expect(buckets.take('a', 10).ok).toBe(true);
    expect(buckets.take('a', 1).ok).toBe(false);
  });

  it('forgets clients whose bucket is full when it must make room', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 1, refillPerMinute: 60, maxClients: 2, now: () => now });
    buckets.take('a');
    buckets.take('b');
    now += 5000;
    buckets.take('c');
    expect(buckets.take('a').ok).toBe(true);
  });
});
