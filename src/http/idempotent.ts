import { createHash, randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import {
  claimIdempotencyKey, IdempotencyKeyCompleted, releaseIdempotencyKey, tryCompleteIdempotencyKey, whatTheKeySays, type IdempotencyClaim,
} from '../db/repositories/idempotency.ts';
import type { Database } from '../db/schema.ts';
import { ApiError } from './errors.ts';

/** What a write answers: stored with its key, so a retry gets it back. */
export interface Outcome<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** An outcome as answered: `replayed` when it is the stored answer to an earlier request with the key. */
export interface Answer<T> extends Outcome<T> {
  readonly replayed: boolean;
}

/**
 * Runs a write at most once per Idempotency-Key (the IETF draft): its effect
 * and the stored response commit in one transaction, so a retry after a lost
 * response or a double click replays the first answer instead of writing
 * twice; the same key with another body is 422, one still running 409.
 * Without a key the write simply runs. A failed write forgets the key, so
 * it can be retried. `prepare` is slow work the write needs but no
 * transaction should wait on (scoring): it runs once the key is this
 * request's, before the transaction opens, so a replay or a refusal never pays for it.
 */
export async function runOnce<T, P = undefined>(
  db: Kysely<Database>,
  request: FastifyRequest,
  scope: string,
  write: (tx: Transaction<Database>, prepared: P) => Promise<Outcome<T>>,
  prepare?: () => Promise<P>,
): Promise<Answer<T>> {
  const prepared = async () => (prepare ? prepare() : (undefined as P));
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') {
    const ready = await prepared();
    return { ...(await db.transaction().execute((tx) => write(tx, ready))), replayed: false };
  }
  const hold = { scope, key, owner: randomUUID() };
  const fingerprint = createHash('sha256').update(JSON.stringify(request.body ?? null)).digest('hex');
  const claim = await claimIdempotencyKey(db, hold, fingerprint);
  if (claim.kind !== 'owner') return answerFromKey<T>(claim);
  try {
    const ready = await prepared();
    const outcome = await db.transaction().execute(async (tx) => {
      const done = await write(tx, ready);
      // A request with this key taken over from us (we were slow) may have finished first: undo ours.
      if (!(await tryCompleteIdempotencyKey(tx, hold, done.status, done.body))) throw new IdempotencyKeyCompleted();
      return done;
    });
    return { ...outcome, replayed: false };
  } catch (error) {
    if (error instanceof IdempotencyKeyCompleted) return answerFromKey<T>((await whatTheKeySays(db, scope, key, fingerprint)) ?? { kind: 'in_flight' });
    await releaseIdempotencyKey(db, hold);
    throw error;
  }
}

/** Sends an answer, marking a replay as the draft asks (and a replayed failure as the problem it was). */
export function send<T>(reply: FastifyReply, answer: Answer<T>): FastifyReply {
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  if (answer.status >= 400) reply.type('application/problem+json');
  return reply.status(answer.status).send(answer.body);
}

/** What a key held by another request answers: its stored response, or 422 (another body), or 409 (still running). */
export function answerFromKey<T>(claim: Exclude<IdempotencyClaim, { kind: 'owner' }>): Answer<T> {
  if (claim.kind === 'mismatch') throw new ApiError('idempotency_key_reused', 'this Idempotency-Key was first used with a different request', [{ path: 'idempotency-key', message: 'was first used with a different request', rule: 'unique' }]);
  if (claim.kind === 'in_flight') throw new ApiError('idempotency_in_flight', 'the first request with this Idempotency-Key is still running; retry shortly');
  return { status: claim.status, body: claim.body as T, replayed: true };
}
