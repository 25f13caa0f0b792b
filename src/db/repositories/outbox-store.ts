import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { markOutboxWritten } from '../../outbox/notify.ts';
import type { FailureUpdate, OutboxMessage, OutboxStore } from '../../outbox/types.ts';
import type { Database, Db } from '../schema.ts';

export interface OutboxEntry {
  readonly topic: string;
  readonly payload: unknown;
  readonly orgId?: string | null;
  /** Set to make the write itself idempotent (e.g. one reminder per invitation). */
  readonly id?: string;
}

/**
 * Writes effects to the outbox inside the caller's transaction: they exist
 * if and only if the change that caused them committed. Returns the event ids.
 */
export async function enqueue(tx: Db, entries: readonly OutboxEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const rows = entries.map((e) => ({ id: e.id ?? randomUUID(), org_id: e.orgId ?? null, topic: e.topic, payload: JSON.stringify(e.payload) }));
  await tx.insertInto('outbox').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
  markOutboxWritten();
  return rows.map((r) => r.id);
}

/**
 * The outbox on PostgreSQL (server or PGlite). The claim takes due rows with
 * `FOR UPDATE SKIP LOCKED` and leases them in one statement, so several
 * dispatchers (several instances) never deliver the same row at once; a
 * dispatcher that dies loses its lease and the row becomes due again.
 */
export class KyselyOutboxStore implements OutboxStore {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(now: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const { rows } = await sql<{ id: string; topic: string; payload: unknown; attempts: number; created_at: Date }>`
      update outbox set attempts = attempts + 1, locked_until = ${leaseUntil}
      where id in (
        select id from outbox
        where delivered_at is null and dead_at is null and next_attempt_at <= ${now}
          and (locked_until is null or locked_until <= ${now})
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      )
      returning id, topic, payload, attempts, created_at
    `.execute(this.db);
    return rows.map((r) => ({ id: r.id, topic: r.topic, payload: r.payload, attempts: r.attempts, createdAt: new Date(r.created_at) }));
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    await this.db.updateTable('outbox').set({ delivered_at: now, locked_until: null, last_error: null }).where('id', '=', id).execute();
  }

  /**
   * Only the attempt that failed is marked: if its lease ran out and another
   * dispatcher took the message (`attempts` moved on) or delivered it, this
   * late failure must not free that dispatcher's lease or dead-letter a
   * delivered message.
   */
  async markFailed(id: string, update: FailureUpdate): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set(
        update.nextAttemptAt
          ? { locked_until: null, last_error: update.error, next_attempt_at: update.nextAttemptAt }
          : { locked_until: null, last_error: update.error, dead_at: new Date() },
      )
      .where('id', '=', id)
      .where('attempts', '=', update.attempts)
      .where('delivered_at', 'is', null)
      .execute();
  }
}

export async function outboxCounts(db: Db) {
  return db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('delivered_at').as('delivered'),
      eb.fn.count<number>('dead_at').as('dead'),
    ])
    .executeTakeFirstOrThrow();
}
