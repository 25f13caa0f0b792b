import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/db/index.ts';
import { enqueue, KyselyOutboxStore } from '../../src/db/repositories/outbox-store.ts';
import { dispatchBatch } from '../../src/outbox/index.ts';
import { DIALECTS, freshDatabase } from '../support/dialects.ts';

describe.each(DIALECTS)('the outbox table on %s', (dialect) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(() => database.close());

  it('never hands the same message to two dispatchers claiming at once', async () => {
    const ids = await enqueue(database.db, Array.from({ length: 40 }, (_, i) => ({ topic: 'email', payload: { i } })));
    const stores = [new KyselyOutboxStore(database.db), new KyselyOutboxStore(database.db), new KyselyOutboxStore(database.db)];
    const now = new Date(Date.now() + 1000);
    const claimed = (await Promise.all(stores.map((s) => s.claim(now, 15, 60_000)))).flat().map((m) => m.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBe(40);
    expect(new Set(claimed)).toEqual(new Set(ids));
    // Leased: nothing is due again until the lease runs out.
    expect(await stores[0]!.claim(now, 100, 60_000)).toEqual([]);
    expect((await stores[0]!.claim(new Date(now.getTime() + 60_000), 100, 60_000)).length).toBe(40);
  });

  it('ignores the late failure of a dispatcher whose lease ran out: the new lease and a delivery stand', async () => {
    await database.db.deleteFrom('outbox').execute();
    const [id] = await enqueue(database.db, [{ topic: 'email', payload: {} }]);
    const store = new KyselyOutboxStore(database.db);
    const t0 = new Date(Date.now() + 1000);
    const [slow] = await store.claim(t0, 1, 60_000);
    const [next] = await store.claim(new Date(t0.getTime() + 61_000), 1, 60_000); // the slow one's lease ran out
    expect(next!.attempts).toBe(2);
    await store.markFailed(id!, { attempts: slow!.attempts, nextAttemptAt: null, error: 'timed out, long ago' });
    let row = await database.db.selectFrom('outbox').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ dead_at: null, last_error: null });
    expect(row.locked_until).not.toBeNull(); // still leased to the second dispatcher
    await store.markDelivered(id!, new Date());
    await store.markFailed(id!, { attempts: next!.attempts, nextAttemptAt: null, error: 'late' });
    row = await database.db.selectFrom('outbox').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row.dead_at).toBeNull();
    expect(row.delivered_at).not.toBeNull();
  });

  it('delivers, retries with backoff and dead-letters through the real table', async () => {
    await database.db.deleteFrom('outbox').execute();
    const [id] = await enqueue(database.db, [{ topic: 'flaky', payload: {} }]);
    const store = new KyselyOutboxStore(database.db);
    let calls = 0;
    const handlers = { flaky: async () => { if (++calls < 2) throw new Error('down'); } };
    const far = new Date(Date.now() + 10 * 60_000);
    await dispatchBatch({ store, handlers, now: () => far, random: () => 1 }, { retry: { baseDelayMs: 1000, maxDelayMs: 1000, maxAttempts: 3 } });
    let row = await database.db.selectFrom('outbox').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, last_error: 'down', delivered_at: null });
    expect(new Date(row.next_attempt_at).getTime()).toBe(far.getTime() + 1000);
    await dispatchBatch({ store, handlers, now: () => new Date(far.getTime() + 1000) });
    row = await database.db.selectFrom('outbox').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row.delivered_at).not.toBeNull();
    expect(row.attempts).toBe(2);
  });
});
