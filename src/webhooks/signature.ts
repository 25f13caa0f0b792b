import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures in the Standard Webhooks layout: the HMAC-SHA256 of
 * `${id}.${timestamp}.${body}` under the endpoint's secret, sent as
 * `webhook-signature: v1,<base64>` beside `webhook-id` and `webhook-timestamp`
 * (Unix seconds). The id is the outbox event id: stable across retries, so a
 * receiver deduplicates by it; the timestamp bounds how long a capture can be
 * replayed.
 */
export const HEADER_ID = 'webhook-id';
export const HEADER_TIMESTAMP = 'webhook-timestamp';
export const HEADER_SIGNATURE = 'webhook-signature';

export interface SignInput {
  readonly secret: string;
  readonly eventId: string;
  readonly body: string;
  /** Unix seconds. */
  readonly timestamp: number;
}

export function computeSignature(input: SignInput): string {
  const mac = createHmac('sha256', input.secret);
  mac.update(`${input.eventId}.${input.timestamp}.${input.body}`);
  return mac.digest('base64');
}

/** The headers to send with a webhook body. */
export function signWebhook(input: SignInput): Record<string, string> {
  return {
    [HEADER_ID]: input.eventId,
    [HEADER_TIMESTAMP]: String(input.timestamp),
    [HEADER_SIGNATURE]: `v1,${computeSignature(input)}`,
  };
}

/** Compares in constant time; differing lengths are simply unequal. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
