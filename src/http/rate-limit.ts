import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

export interface TokenBucketOptions {
  /** Tokens a client may spend at once (the burst). */
  readonly capacity: number;
  /** Tokens given back per minute, continuously. */
  readonly refillPerMinute: number;
  /** Clients remembered at most; full buckets are forgotten first. */
  readonly maxClients?: number;
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export type Take = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/**
 * A token bucket per client key, in this process's memory. Each instance
 * counts on its own: behind N instances a client may spend N times the
 * capacity. That is enough for routes that store nothing (a limit against
 * burning the CPU, not a quota).
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.#perMs = options.refillPerMinute / 60_000;
    this.#maxClients = options.maxClients ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Spends `cost` tokens of `key`'s bucket, or says how long until they are there. */
  take(key: string, cost = 1): Take {
    const now = this.#now();
    const bucket = this.#refilled(key, now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { ok: true };
    }
    const missing = Math.min(cost, this.options.capacity) - bucket.tokens;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.#perMs / 1000)) };
  }

  #refilled(key: string, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      if (this.#buckets.size >= this.#maxClients) this.#forgetFull(now);
      bucket = { tokens: this.options.capacity, at: now };
      this.#buckets.set(key, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    return bucket;
  }

  /** A full bucket is the same as no bucket: drop those, else the oldest. */
  #forgetFull(now: number): void {
    for (const [key, b] of this.#buckets) {
      if (b.tokens + (now - b.at) * this.#perMs >= this.options.capacity) this.#buckets.delete(key);
    }
    if (this.#buckets.size >= this.#maxClients) {
      const oldest = this.#buckets.keys().next();
      if (!oldest.done) this.#buckets.delete(oldest.value);
    }
  }
}

/** Spends from the caller's bucket (by client IP) or answers 429 with Retry-After. */
export function spendOrRefuse(buckets: TokenBuckets, request: FastifyRequest, reply: FastifyReply, cost = 1): void {
  const taken = buckets.take(request.ip, cost);
  if (taken.ok) return;
  reply.header('retry-after', String(taken.retryAfterSeconds));
  throw new ApiError('rate_limited', `too many practice requests from this address; try again in ${taken.retryAfterSeconds} seconds`);
}
