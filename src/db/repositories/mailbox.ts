import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MailboxStore } from '../../mail/mailer.ts';
import type { Database } from '../schema.ts';

/**
 * The embedded default mail transport: messages are kept in the `mailbox`
 * table. A redelivered outbox event (same event id) is stored once.
 */
export class KyselyMailboxStore implements MailboxStore {
  constructor(private readonly db: Kysely<Database>) {}

  async saveMail(mail: { from: string; to: string; subject: string; text: string; html: string | null; eventId: string | null }): Promise<string> {
    const id = `mail_${randomUUID()}`;
    const inserted = await this.db
      .insertInto('mailbox')
      .values({ id, event_id: mail.eventId, from_address: mail.from, to_address: mail.to, subject: mail.subject, text_body: mail.text, html_body: mail.html })
      .onConflict((oc) => oc.column('event_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const existing = await this.db.selectFrom('mailbox').select('id').where('event_id', '=', mail.eventId).executeTakeFirstOrThrow();
    return existing.id;
  }
}

export interface MailboxEntry {
  readonly id: string;
  readonly eventId: string | null;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: string;
}

export async function listMailbox(db: Kysely<Database>, options: { to?: string; limit?: number } = {}): Promise<MailboxEntry[]> {
  let query = db.selectFrom('mailbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(options.limit ?? 50);
  if (options.to) query = query.where('to_address', '=', options.to);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id, eventId: r.event_id, from: r.from_address, to: r.to_address,
    subject: r.subject, text: r.text_body, createdAt: new Date(r.created_at).toISOString(),
  }));
}
