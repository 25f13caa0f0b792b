import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { InterviewEvent } from '../core/interview/index.ts';
import type { Database } from '../db/index.ts';
import { enqueue, type OutboxEntry } from '../db/repositories/outbox-store.ts';
import { listWebhookEndpoints, type WebhookEndpointRow } from '../db/repositories/webhook-endpoints.ts';
import type { MailMessage } from '../mail/index.ts';
import type { WebhookEnvelope, WebhookEventType } from '../webhooks/index.ts';

export interface WebhookPayload {
  readonly endpointId: string;
  readonly envelope: WebhookEnvelope;
}

export interface EmailPayload {
  readonly message: MailMessage;
}

/**
 * Writes one outbox row per subscribed endpoint. The envelope's id is the
 * event id, the same for every endpoint and every retry; the row id adds the
 * endpoint so each delivery is tracked on its own.
 */
export async function enqueueWebhook(tx: Transaction<Database>, orgId: string, type: WebhookEventType, data: Record<string, unknown>, at: Date): Promise<void> {
  const endpoints = (await endpointsIn(tx, orgId)).filter((e) => (e.events as string[]).includes(type));
  if (endpoints.length === 0) return;
  const envelope: WebhookEnvelope = { id: `evt_${randomUUID()}`, type, createdAt: at.toISOString(), data };
  const entries: OutboxEntry[] = endpoints.map((e) => ({
    id: `${envelope.id}:${e.id}`,
    orgId,
    topic: 'webhook',
    payload: { endpointId: e.id, envelope } satisfies WebhookPayload,
  }));
  await enqueue(tx, entries);
}

/** An organisation's endpoints, read once per transaction (the last answer announces two events). */
const endpointsByTx = new WeakMap<Transaction<Database>, Map<string, Promise<WebhookEndpointRow[]>>>();
function endpointsIn(tx: Transaction<Database>, orgId: string): Promise<WebhookEndpointRow[]> {
  let byOrg = endpointsByTx.get(tx);
  if (!byOrg) endpointsByTx.set(tx, (byOrg = new Map()));
  let endpoints = byOrg.get(orgId);
  if (!endpoints) byOrg.set(orgId, (endpoints = listWebhookEndpoints(tx, orgId)));
  return endpoints;
}

export async function enqueueEmail(tx: Transaction<Database>, orgId: string, message: MailMessage, id?: string): Promise<void> {
  await enqueue(tx, [{ orgId, topic: 'email', payload: { message } satisfies EmailPayload, ...(id ? { id } : {}) }]);
}

/** The conductor's events as webhooks (an invitation expiring unstarted is not one of them). */
export async function publishInterviewEvents(
  tx: Transaction<Database>,
  orgId: string,
  base: { interviewId: string; invitationId: string; screenId: string; candidate: { name: string; email: string } },
  events: readonly InterviewEvent[],
): Promise<void> {
  for (const e of events) {
    if (e.kind === 'interview.started') await enqueueWebhook(tx, orgId, 'interview.started', { ...base, startedAt: new Date(e.at).toISOString() }, new Date(e.at));
    if (e.kind === 'interview.completed') {
      await enqueueWebhook(tx, orgId, 'interview.completed', { ...base, endedAt: new Date(e.at).toISOString(), endReason: e.reason }, new Date(e.at));
    }
  }
}
