import { sql, type Kysely } from 'kysely';

/**
 * Who holds an Idempotency-Key in flight: a random id per request, changed
 * when a request takes over a key left in flight too long. A slow first
 * owner that comes back after the takeover can then no longer release,
 * complete or act under a key that is not its own anymore.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_keys add column owner text`.execute(db);
}
