import { sql, type Kysely } from 'kysely';

/**
 * One active endpoint per URL in an organisation: a double-clicked "add
 * webhook" made two, and every event went out twice with two secrets.
 * Existing doubles keep their oldest endpoint; the others are disabled
 * (a receiver deduplicating by webhook-id saw them as one anyway).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update webhook_endpoints e set disabled_at = now()
    where disabled_at is null and exists (
      select 1 from webhook_endpoints older
      where older.org_id = e.org_id and older.url = e.url and older.disabled_at is null
        and (older.created_at, older.id) < (e.created_at, e.id))
  `.execute(db);
  await sql`create unique index webhook_endpoints_active_url on webhook_endpoints (org_id, url) where disabled_at is null`.execute(db);
}
