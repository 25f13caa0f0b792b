import type { RetryPolicy } from './types.ts';

/**
 * Exponential backoff with jitter: after attempt n the wait is drawn from
 * [½, 1] × min(max, base × 2^(n−1)), so a burst of failures does not retry in
 * lock-step. Returns null once the attempts are used up.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (attempts >= policy.maxAttempts) return null;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
