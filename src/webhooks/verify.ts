import { HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, computeSignature, safeEqual } from './signature.ts';

export type VerifyError = 'missing_headers' | 'bad_signature' | 'stale_timestamp' | 'replayed';
export type VerifyResult = { ok: true; eventId: string } | { ok: false; error: VerifyError };

/** Remembers the event ids already accepted, for as long as a capture could be replayed. */
export interface ReplayGuard {
  /** True if the id was new (and is now remembered), false if it was seen already. */
  remember(eventId: string, forgetAfterSeconds: number, nowSeconds: number): boolean;
}

/** An in-memory guard: enough for one receiving process. */
export function memoryReplayGuard(): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    remember(eventId, forgetAfterSeconds, nowSeconds) {
      for (const [id, until] of seen) if (until < nowSeconds) seen.delete(id);
      if (seen.has(eventId)) return false;
      seen.set(eventId, nowSeconds + forgetAfterSeconds);
      return true;
    },
  };
}

export interface VerifyInput {
  readonly secret: string;
  readonly body: string;
  /** Header names in lower case, as Node gives them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Unix seconds, from the receiver's clock. */
  readonly nowSeconds: number;
  /** How far the timestamp may be from now either way (default 5 minutes). */
  readonly toleranceSeconds?: number;
  readonly replayGuard?: ReplayGuard;
}

const header = (h: VerifyInput['headers'], name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Checks a received webhook: the signature must match (any of several
 * space-separated `v1,` signatures, to allow secret rotation), the timestamp
 * must be recent, and the id must not have been accepted before.
 */
export function verifyWebhook(input: VerifyInput): VerifyResult {
  const eventId = header(input.headers, HEADER_ID);
  const ts = header(input.headers, HEADER_TIMESTAMP);
  const sig = header(input.headers, HEADER_SIGNATURE);
  if (!eventId || !ts || !sig || !/^\d+$/.test(ts)) return { ok: false, error: 'missing_headers' };
  const timestamp = Number(ts);
  const expected = computeSignature({ secret: input.secret, eventId, body: input.body, timestamp });
  const candidates = sig.split(' ').filter((s) => s.startsWith('v1,')).map((s) => s.slice(3));
  if (!candidates.some((c) => safeEqual(c, expected))) return { ok: false, error: 'bad_signature' };
  const tolerance = input.toleranceSeconds ?? 300;
  if (Math.abs(input.nowSeconds - timestamp) > tolerance) return { ok: false, error: 'stale_timestamp' };
  if (input.replayGuard && !input.replayGuard.remember(eventId, 2 * tolerance, input.nowSeconds)) {
    return { ok: false, error: 'replayed' };
  }
  return { ok: true, eventId };
}
