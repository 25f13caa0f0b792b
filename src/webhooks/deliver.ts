import { signWebhook } from './signature.ts';
import { assertPublicTarget } from './target-guard.ts';

export type WebhookEventType = 'interview.started' | 'interview.completed' | 'report.ready';

/** The body every webhook carries; `id` is the event id, stable across retries. */
export interface WebhookEnvelope {
  readonly id: string;
  readonly type: WebhookEventType;
  readonly createdAt: string;
  readonly data: Record<string, unknown>;
}

export interface WebhookTarget {
  readonly url: string;
  readonly secret: string;
}

/** Thrown when the receiver did not take the webhook; the outbox retries it. */
export class WebhookDeliveryError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
    this.name = 'WebhookDeliveryError';
  }
}
/** POSTs one signed webhook; any 2xx is delivered, anything else throws. */
export async function deliverWebhook(
  target: WebhookTarget,
  envelope: WebhookEnvelope,
  nowSeconds: number,
  timeoutMs = 10_000,
  allowPrivateTargets = false,
): Promise<void> {
  if (!allowPrivateTargets) {
    try {
      await assertPublicTarget(target.url);
    } catch (e) {
      throw new WebhookDeliveryError(`webhook to ${target.url} refused: ${(e as Error).message}`, null);
    }
  }
  const body = JSON.stringify(envelope);
  const headers = signWebhook({ secret: target.secret, eventId: envelope.id, body, timestamp: nowSeconds });
  let res: Response;
  try {
    res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'prescreen-webhooks/1', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      // A redirect would send this POST on to a target nobody checked (a private address, say): it is a failure.
      redirect: 'manual',
    });
  } catch (e) {
    throw new WebhookDeliveryError(`webhook to ${target.url} failed: ${(e as Error).message}`, null);
  }
  await res.body?.cancel();
  if (res.status < 200 || res.status >= 300) {
    const redirected = res.status >= 300 && res.status < 400 ? ' (redirects are not followed: register the final URL)' : '';
    throw new WebhookDeliveryError(`webhook to ${target.url} answered ${res.status}${redirected}`, res.status);
  }
}
