import type { Selectable } from 'kysely';
import type { Db } from '../schema.ts';
import type { WebhookEndpointsTable } from '../tables/interviews.ts';

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;

/** A new endpoint, or undefined when the organisation already has an active one for this URL (migration 0007). */
export async function insertWebhookEndpoint(db: Db, v: { id: string; orgId: string; url: string; secret: string; events: readonly string[] }) {
  return db
    .insertInto('webhook_endpoints')
    .values({ id: v.id, org_id: v.orgId, url: v.url, secret: v.secret, events: JSON.stringify(v.events) })
    .onConflict((oc) => oc.columns(['org_id', 'url']).where('disabled_at', 'is', null).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listWebhookEndpoints(db: Db, orgId: string): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('org_id', '=', orgId).where('disabled_at', 'is', null).orderBy('created_at').execute();
}

/** The active endpoints of an organisation that subscribed to an event type. */
export async function endpointsFor(db: Db, orgId: string, eventType: string): Promise<WebhookEndpointRow[]> {
  const all = await listWebhookEndpoints(db, orgId);
  return all.filter((e) => (e.events as string[]).includes(eventType));
}

export async function findWebhookEndpoint(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function disableWebhookEndpoint(db: Db, orgId: string, id: string): Promise<boolean> {
  const r = await db.updateTable('webhook_endpoints').set({ disabled_at: new Date() }).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
