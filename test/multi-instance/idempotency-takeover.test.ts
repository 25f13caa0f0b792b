import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, tryCompleteIdempotencyKey } from '../../src/db/repositories/idempotency.ts';
import { DIALECTS } from '../support/dialects.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { publishedScreen } from '../interviews/helpers.ts';

/** Requests waiting: on the held table, or (the second, for the same person) on the first's per-candidate lock. */
const waiters = (t: TestApp) =>
  sql<{ n: number }>`select count(*)::int as n from pg_locks where not granted and (relation = 'invitations'::regclass or locktype = 'advisory')`.execute(t.database.db).then((r) => r.rows[0]!.n);

async function until(check: () => Promise<boolean>) {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Regression: a request that takes over an Idempotency-Key left in flight
 * for longer than ABANDONED_AFTER_MS races the slow first owner, which may
 * still be alive. Both ran their effect and the second completion overwrote
 * the first: two invitation batches for one key, and replays of the other
 * response. Now a key taken over names its new owner, and only the owner
 * completes it: the slow one rolls back and answers as any other request
 * with that key would (here: still in flight). PostgreSQL only (it needs a second
 * connection to hold the lock that makes the first owner slow).
 */
describe.runIf(DIALECTS.includes('postgres'))('an Idempotency-Key taken over from a slow owner on postgres', () => {
  let t: TestApp;
  let screenId: string;
  beforeAll(async () => {
    t = await createTestApp('postgres');
    screenId = await publishedScreen(t);
  });
  afterAll(() => t.close());

  it('creates one invitation batch and gives both requests the same response', async () => {
    const key = randomUUID();
    const send = () => t.call({ method: 'POST', url: `/api/v1/screens/${screenId}/invitations`, headers: { 'idempotency-key': key }, payload: { candidates: [{ name: 'Slow', email: 'slow@example.com' }] } });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    // Hold inserts into invitations: the first owner claims its key, then waits.
    const holder = t.database.db.transaction().execute(async (tx) => {
      await sql`lock table invitations in share mode`.execute(tx);
      await released;
    });
    await until(async () => Number((await sql<{ n: number }>`select count(*)::int as n from pg_locks where granted and mode = 'ShareLock' and relation = 'invitations'::regclass`.execute(t.database.db)).rows[0]!.n) === 1);
    const first = send();
    await until(async () => (await waiters(t)) === 1);
    // The first owner has now been "running" longer than the abandonment window.
    await sql`update idempotency_keys set created_at = now() - make_interval(secs => ${ABANDONED_AFTER_MS / 1000 + 1}) where key = ${key}`.execute(t.database.db);
    const second = send(); // takes the key over and waits too
    await until(async () => (await waiters(t)) === 2);
    release();
    await holder;
    const [a, b] = await Promise.all([first, second]);

    // The key is the taker's now: the slow first owner's batch rolls back, and it answers as any request
    // would while the key is in flight; the taker's batch is the one made.
    expect([a.statusCode, b.statusCode]).toEqual([409, 201]);
    expect(a.json().code).toBe('idempotency_in_flight');
    const rows = await t.database.db.selectFrom('invitations').select('id').where('screen_id', '=', screenId).execute();
    expect(rows.map((r) => r.id)).toEqual([b.json().items[0].id]);
    // And a late completion by the loser never replaces the stored response.
    const scope = `invitations:org_default:${screenId}`;
    const owners = await t.database.db.selectFrom('idempotency_keys').select('owner').where('scope', '=', scope).where('key', '=', key).execute();
    expect(await tryCompleteIdempotencyKey(t.database.db, { scope, key, owner: owners[0]!.owner! }, 500, { other: true })).toBe(false);
    expect((await send()).json()).toEqual(b.json());
  });
});
