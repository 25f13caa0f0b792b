import type { FailureUpdate, OutboxMessage, OutboxStore } from './types.ts';

interface Row {
  id: string;
  topic: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  deliveredAt: Date | null;
  deadAt: Date | null;
  lastError: string | null;
}

/** An outbox held in memory: for the dispatcher's tests and for tools without a database. */
export class MemoryOutboxStore implements OutboxStore {
  readonly rows = new Map<string, Row>();

  add(id: string, topic: string, payload: unknown, at: Date): void {
    this.rows.set(id, {
      id, topic, payload, attempts: 0, createdAt: at, nextAttemptAt: at,
      lockedUntil: null, deliveredAt: null, deadAt: null, lastError: null,
    });
  }

  async claim(now: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
    const due = [...this.rows.values()]
      .filter((r) => !r.deliveredAt && !r.deadAt && r.nextAttemptAt <= now && (!r.lockedUntil || r.lockedUntil <= now))
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime())
      .slice(0, limit);
    return due.map((r) => {
      r.attempts += 1;
      r.lockedUntil = new Date(now.getTime() + leaseMs);
      return { id: r.id, topic: r.topic, payload: r.payload, attempts: r.attempts, createdAt: r.createdAt };
    });
  }

  async markDelivered(id: string, now: Date): Promise<void> {
    const r = this.rows.get(id);
    if (r) Object.assign(r, { deliveredAt: now, lockedUntil: null });
  }

  async markFailed(id: string, update: FailureUpdate): Promise<void> {
    const r = this.rows.get(id);
    // As on the table: a late failure of an attempt that is no longer the latest, or of a delivered message, changes nothing.
    if (!r || r.attempts !== update.attempts || r.deliveredAt !== null) return;
    r.lockedUntil = null;
    r.lastError = update.error;
    if (update.nextAttemptAt) r.nextAttemptAt = update.nextAttemptAt;
    else r.deadAt = new Date();
  }
}
