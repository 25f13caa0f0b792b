import { sql } from 'kysely';
import type { Db } from '../schema.ts';

export type EmailStatus = 'pending' | 'delivered' | 'failed';

export interface OrgEmail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly status: EmailStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly deliveredAt: Date | null;
}

/**
 * An organisation's emails as the outbox holds them, newest first: every
 * email the product sends is an outbox row (written with the change that
 * caused it), so this is what was sent and whether it was delivered, over
 * SMTP or into the local mailbox alike.
 */
export async function listOrgEmails(db: Db, orgId: string, options: { limit: number; to?: string; before?: string }): Promise<OrgEmail[]> {
  let q = db
    .selectFrom('outbox')
    .select([
      'id', 'attempts', 'last_error', 'created_at', 'delivered_at', 'dead_at',
      sql<string>`payload->'message'->>'to'`.as('to'),
      sql<string>`payload->'message'->>'subject'`.as('subject'),
      sql<string>`payload->'message'->>'text'`.as('text'),
    ])
    .where('org_id', '=', orgId)
    .where('topic', '=', 'email');
  if (options.to) q = q.where(sql`lower(payload->'message'->>'to')`, '=', options.to.toLowerCase());
  // Keyset paging from the last email of the page before, by its own stored time (exact to the microsecond).
  const { before } = options;
  if (before) q = q.where(sql<boolean>`(created_at, id) < (select o.created_at, o.id from outbox o where o.id = ${before} and o.org_id = ${orgId})`);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({
    id: r.id, to: r.to, subject: r.subject, text: r.text,
    status: r.delivered_at ? 'delivered' : r.dead_at ? 'failed' : 'pending',
    attempts: r.attempts, lastError: r.last_error, createdAt: r.created_at, deliveredAt: r.delivered_at,
  }));
}
