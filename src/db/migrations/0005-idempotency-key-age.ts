import { sql, type Kysely } from 'kysely';

/**
 * Keys are forgotten a day after they were created (done, or left in flight
 * by a request that never came back). Without an index on their age the sweep
 * that forgets them read the whole table, on every instance, every few
 * seconds. The index is on `created_at`, which is written once at the insert,
 * so completing a key stays an update of unindexed columns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index idempotency_keys_created on idempotency_keys (created_at)`.execute(db);
}
