import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { disableWebhookEndpoint, insertWebhookEndpoint, listWebhookEndpoints } from '../../db/repositories/webhook-endpoints.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import { WebhookEndpointCreateSchema } from '../../schemas/interview.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';

const EndpointSchema = z.object({ id: z.string(), url: z.string(), events: z.array(z.string()), createdAt: z.string(), secret: z.string().optional() });
const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };

/** Webhook subscriptions. The signing secret is shown once, when the endpoint is created. */
export const webhookEndpointRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post('/webhooks', {
    schema: { tags: ['webhooks'], summary: 'Subscribe an URL to events (signed with HMAC-SHA256)', body: WebhookEndpointCreateSchema, response: { 201: EndpointSchema, ...errors } },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const row = await insertWebhookEndpoint(db, { id: `whe_${randomBytes(9).toString('base64url')}`, orgId, url: request.body.url, secret, events: request.body.events });
    if (!row) {
      const existing = (await listWebhookEndpoints(db, orgId)).find((e) => e.url === request.body.url);
      const detail = `${request.body.url} already has an endpoint${existing ? ` (${existing.id})` : ''}: every event would go out twice; delete it first to change its events`;
      throw new ApiError('conflict', detail, [{ path: 'url', message: 'already has an active endpoint', rule: 'unique' }], existing ? { endpointId: existing.id } : {});
    }
    return reply.status(201).send({ id: row.id, url: row.url, events: row.events as string[], createdAt: new Date(row.created_at).toISOString(), secret });
  });

  app.get('/webhooks', {
    schema: { tags: ['webhooks'], summary: 'List webhook endpoints', response: { 200: listOf(EndpointSchema), ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const rows = await listWebhookEndpoints(db, orgId);
    return { items: rows.map((r) => ({ id: r.id, url: r.url, events: r.events as string[], createdAt: new Date(r.created_at).toISOString() })) };
  });

  app.delete('/webhooks/:id', {
    schema: { tags: ['webhooks'], summary: 'Stop sending to an endpoint', params: IdParamsSchema, response: { 204: z.null(), ...errors } },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    if (!(await disableWebhookEndpoint(db, orgId, request.params.id))) throw new ApiError('not_found', `no webhook endpoint ${request.params.id}`);
    return reply.status(204).send(null);
  });
};
