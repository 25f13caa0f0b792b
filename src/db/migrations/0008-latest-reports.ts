import { sql, type Kysely } from 'kysely';

/**
 * The console's "latest reports": an organisation's interviews in the order
 * their first report was issued (revision 1 is issued when the interview
 * ends), read newest first without scanning every report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_org_issued on reports (org_id, created_at desc, interview_id desc) where revision = 1`.execute(db);
}
