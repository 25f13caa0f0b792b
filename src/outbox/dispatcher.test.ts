import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, MemoryOutboxStore, dispatchBatch, retryDelayMs, runDispatcher, type OutboxMessage } from './index.ts';

const T0 = new Date('2026-01-05T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('retryDelayMs', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 60_000, maxAttempts: 5 };
  it('doubles per attempt, capped, with jitter in [½, 1]', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(3, policy, () => 0)).toBe(2000);
    expect(retryDelayMs(4, { ...policy, maxDelayMs: 5000 }, () => 1)).toBe(5000);
  });
  it('gives up after the last attempt', () => {
    expect(retryDelayMs(5, policy)).toBeNull();
  });
});

describe('dispatchBatch', () => {
  it('delivers each message once and marks it delivered', async () => {
    const store = new MemoryOutboxStore();
    store.add('e1', 'email', { to: 'a' }, T0);
    store.add('e2', 'webhook', { url: 'b' }, T0);
    const seen: string[] = [];
    const handlers = { email: async (m: OutboxMessage) => void seen.push(m.id), webhook: async (m: OutboxMessage) => void seen.push(m.id) };
    expect(await dispatchBatch({ store, handlers, now: () => T0 })).toEqual({ delivered: 2, retried: 0, dead: 0 });
    expect(await dispatchBatch({ store, handlers, now: () => at(60_000) })).toEqual({ delivered: 0, retried: 0, dead: 0 });
    expect(seen.sort()).toEqual(['e1', 'e2']);
  });

  it('retries a failing message with exponential backoff, keeping its event id', async () => {
    const store = new MemoryOutboxStore();
    store.add('evt-1', 'webhook', {}, T0);
    const attempts: [string, number][] = [];
    let failUntil = 3;
    const handlers = {
      webhook: async (m: OutboxMessage) => {
        attempts.push([m.id, m.attempts]);
        if (m.attempts < failUntil) throw new Error('503');
      },
    };
    const deps = { store, handlers, random: () => 1 };
    expect(await dispatchBatch({ ...deps, now: () => T0 })).toMatchObject({ retried: 1 });
    expect(store.rows.get('evt-1')?.nextAttemptAt).toEqual(at(1000));
    expect(await dispatchBatch({ ...deps, now: () => at(999) })).toMatchObject({ retried: 0, delivered: 0 });
    expect(await dispatchBatch({ ...deps, now: () => at(1000) })).toMatchObject({ retried: 1 });
    expect(store.rows.get('evt-1')?.nextAttemptAt).toEqual(at(1000 + 2000));
    expect(await dispatchBatch({ ...deps, now: () => at(3000) })).toMatchObject({ delivered: 1 });
    expect(attempts).toEqual([['evt-1', 1], ['evt-1', 2], ['evt-1', 3]]);
    failUntil = 0;
  });

  it('dead-letters a message after the last attempt', async () => {
    const store = new MemoryOutboxStore();
    store.add('x', 'email', {}, T0);
    const retry = { ...DEFAULT_RETRY, maxAttempts: 2, baseDelayMs: 10 };
    const deps = { store, handlers: { email: async () => { throw new Error('smtp down'); } }, random: () => 1 };
    await dispatchBatch({ ...deps, now: () => T0 }, { retry });
    expect(await dispatchBatch({ ...deps, now: () => at(10) }, { retry })).toEqual({ delivered: 0, retried: 0, dead: 1 });
    expect(store.rows.get('x')).toMatchObject({ lastError: 'smtp down', attempts: 2 });
    expect(store.rows.get('x')?.deadAt).not.toBeNull();
  });

  it('redelivers a message whose dispatcher died mid-delivery, once its lease runs out', async () => {
    const store = new MemoryOutboxStore();
    store.add('y', 'email', {}, T0);
    await store.claim(T0, 10, 30_000); // a dispatcher took it and crashed
    const seen: number[] = [];
    const deps = { store, handlers: { email: async (m: OutboxMessage) => void seen.push(m.attempts) } };
    expect(await dispatchBatch({ ...deps, now: () => at(29_999) })).toMatchObject({ delivered: 0 });
    expect(await dispatchBatch({ ...deps, now: () => at(30_000) })).toMatchObject({ delivered: 1 });
    expect(seen).toEqual([2]);
  });

  it('treats an unknown topic as a failure to retry', async () => {
    const store = new MemoryOutboxStore();
    store.add('z', 'sms', {}, T0);
    expect(await dispatchBatch({ store, handlers: {}, now: () => T0 })).toMatchObject({ retried: 1 });
  });
});

describe('runDispatcher', () => {
  it('delivers on wake and stops cleanly', async () => {
    const store = new MemoryOutboxStore();
    const seen: string[] = [];
    const running = runDispatcher({ store, handlers: { email: async (m) => void seen.push(m.id) } }, { pollIntervalMs: 10_000 });
    store.add('w', 'email', {}, new Date());
    running.wake();
    await new Promise((r) => setTimeout(r, 20));
    await running.stop();
    expect(seen).toEqual(['w']);
  });

  it('polls on its own', async () => {
    const store = new MemoryOutboxStore();
    const seen: string[] = [];
    store.add('p', 'email', {}, new Date());
    const running = runDispatcher({ store, handlers: { email: async (m) => void seen.push(m.id) } }, { pollIntervalMs: 5 });
    await new Promise((r) => setTimeout(r, 50));
    await running.stop();
    expect(seen).toEqual(['p']);
  });

  it('stop() waits for the batch being delivered, even when woken during it', async () => {
    const store = new MemoryOutboxStore();
    store.add('e1', 'email', {}, new Date(0));
    let finish!: () => void;
    let started!: () => void;
    const inHandler = new Promise<void>((r) => (started = r));
    const handlers = { email: async () => { started(); await new Promise<void>((r) => (finish = r)); } };
    const running = runDispatcher({ store, handlers }, { pollIntervalMs: 5 });
    await inHandler;
    running.wake(); // a commit wrote to the outbox while the batch was delivering
    let stopped = false;
    const stopping = running.stop().then(() => void (stopped = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(stopped).toBe(false); // the server must not close the mailer and the database under this send
    finish();
    await stopping;
    expect(store.rows.get('e1')?.deliveredAt).not.toBeNull();
  });
});
