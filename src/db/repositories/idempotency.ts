import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../schema.ts';

/** How the IETF Idempotency-Key draft answers a request, decided by its key. */
export type IdempotencyClaim =
  | { readonly kind: 'owner' }
  | { readonly kind: 'replay'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in_flight' };

/** A key left in flight this long is taken to be abandoned by a crashed process. */
export const ABANDONED_AFTER_MS = 30_000;

/** A request's hold on a key: which key, and the request's own random id (`owner`), so only it acts under the key. */
export interface KeyHold {
  readonly scope: string;
  readonly key: string;
  readonly owner: string;
}

/**
 * Claims (scope, key) for this request, as `owner`. The first request with
 * the key owns it; a later one with the same fingerprint gets the stored
 * response (or 409 while the first is still running), with another
 * fingerprint 422. A key left in flight past ABANDONED_AFTER_MS is taken
 * over: it then names its new owner, and the old one can do nothing more under it.
 */
export async function claimIdempotencyKey(db: Kysely<Database>, hold: KeyHold, fingerprint: string): Promise<IdempotencyClaim> {
  const { scope, key, owner } = hold;
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ scope, key, fingerprint, status: 'in_flight', owner })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'owner' };
  const claim = await whatTheKeySays(db, scope, key, fingerprint);
  if (claim === null) return claimIdempotencyKey(db, hold, fingerprint);
  if (claim.kind !== 'in_flight') return claim;
  // The database's clock on both sides of the comparison: instances' clocks may drift.
  const { rows } = await sql<{ key: string }>`
    update idempotency_keys set created_at = now(), owner = ${owner}
    where scope = ${scope} and key = ${key} and status = 'in_flight'
      and created_at < now() - make_interval(secs => ${ABANDONED_AFTER_MS / 1000})
    returning key
  `.execute(db);
  const takenOver = rows.length > 0;
  return takenOver ? { kind: 'owner' } : { kind: 'in_flight' };
}

/** Whether this request still holds its key in flight (a compare-and-swap that failed may have failed because it does not). */
export async function holdsKey(db: Db, hold: KeyHold): Promise<boolean> {
  const row = await db.selectFrom('idempotency_keys').select('key').where('scope', '=', hold.scope).where('key', '=', hold.key)
    .where('owner', '=', hold.owner).where('status', '=', 'in_flight').executeTakeFirst();
  return row !== undefined;
}

/** How a key answers a request that does not hold it (null: there is no such key). */
export async function whatTheKeySays(db: Db, scope: string, key: string, fingerprint: string): Promise<Exclude<IdempotencyClaim, { kind: 'owner' }> | null> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (row.status === 'done') return { kind: 'replay', status: row.response_status ?? 200, body: row.response_body };
  return { kind: 'in_flight' };
}

/**
 * Stores the response; call it in the transaction that makes the request's
 * effect. Only a key still in flight and still this request's is completed:
 * false means it is not (a slow owner whose key was taken over, or whose
 * taker finished first); the caller must roll back its effect and answer
 * what the key says (see `IdempotencyKeyCompleted`).
 */
export async function tryCompleteIdempotencyKey(db: Db, hold: KeyHold, status: number, body: unknown): Promise<boolean> {
  const result = await db
    .updateTable('idempotency_keys')
    .set({ status: 'done', response_status: status, response_body: JSON.stringify(body), completed_at: new Date() })
    .where('scope', '=', hold.scope)
    .where('key', '=', hold.key)
    .where('status', '=', 'in_flight')
    .where('owner', '=', hold.owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Thrown inside a transaction to undo an effect whose key another request completed first. */
export class IdempotencyKeyCompleted extends Error {
  constructor() {
    super('another request with this Idempotency-Key completed first');
  }
}

/** The stored response of a completed key, if any. */
export async function storedResponse(db: Db, scope: string, key: string): Promise<{ status: number; body: unknown } | undefined> {
  const row = await db.selectFrom('idempotency_keys').select(['response_status', 'response_body']).where('scope', '=', scope).where('key', '=', key).where('status', '=', 'done').executeTakeFirst();
  return row ? { status: row.response_status ?? 200, body: row.response_body } : undefined;
}

/** Forgets an in-flight key whose request failed unexpectedly, so a retry can run; only its own: a key taken over stays its taker's. */
export async function releaseIdempotencyKey(db: Db, hold: KeyHold): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('scope', '=', hold.scope).where('key', '=', hold.key).where('status', '=', 'in_flight')
    .where('owner', '=', hold.owner).execute();
}

/**
 * Keys are kept for a day (the retry window a client can rely on), then
 * forgotten, and so is a key left in flight that long (its request died and
 * nobody retried). At most `limit` a call, oldest first by the index, so one
 * sweep stays short however far behind it is.
 */
export async function forgetOldIdempotencyKeys(db: Db, olderThanHours = 24, limit = 5_000): Promise<number> {
  const r = await sql`
    delete from idempotency_keys where (scope, key) in (
      select scope, key from idempotency_keys
      where created_at < now() - make_interval(hours => ${olderThanHours})
      order by created_at limit ${limit})
  `.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
