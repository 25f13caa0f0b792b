import { sql, type Kysely } from 'kysely';

/** The console's "Email" page: an organisation's emails in the outbox, newest first. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index outbox_org_email on outbox (org_id, created_at desc, id desc) where topic = 'email'`.execute(db);
}
