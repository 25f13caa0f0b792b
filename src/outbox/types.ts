/**
 * A transactional outbox: effects (emails, webhooks) are written as rows in
 * the same transaction as the change that causes them, then delivered at
 * least once by a dispatcher. The row id is the event id receivers
 * deduplicate by; it never changes across retries.
 */
export interface OutboxMessage {
  readonly id: string;
  /** Selects the handler: 'email', 'webhook', … */
  readonly topic: string;
  readonly payload: unknown;
  /** Attempts so far, including the one about to be made. */
  readonly attempts: number;
  readonly createdAt: Date;
}

export interface FailureUpdate {
  readonly attempts: number;
  /** When to try again, or null: given up (dead letter). */
  readonly nextAttemptAt: Date | null;
  readonly error: string;
}

/** What the dispatcher needs from storage; the database adapter implements it. */
export interface OutboxStore {
  /**
   * Takes up to `limit` due messages for `leaseMs`, counting the attempt.
   * A message whose lease ran out (its dispatcher died) is due again.
   * On PostgreSQL this is `FOR UPDATE SKIP LOCKED`, so dispatchers never share one.
   */
  claim(now: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]>;
  markDelivered(id: string, now: Date): Promise<void>;
  /** Marks the attempt `update.attempts` failed; a no-op once another attempt has begun or the message was delivered. */
  markFailed(id: string, update: FailureUpdate): Promise<void>;
}

/** Delivers one message or throws; throwing means "try again later". */
export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

export interface RetryPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseDelayMs: 1_000, maxDelayMs: 60 * 60_000, maxAttempts: 12 };
