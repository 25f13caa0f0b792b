import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOrgEmails } from '../../db/repositories/org-emails.ts';
import { listOf, ProblemSchema } from '../../schemas/common.ts';
import { EmailListQuerySchema, SentEmailSchema } from '../../schemas/email.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

/** What the organisation's emails said and whether they were delivered. */
export const emailRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/emails', {
    schema: {
      tags: ['emails'],
      summary: 'The emails sent for the organisation, newest first, with their delivery status (?to= for one recipient)',
      querystring: EmailListQuerySchema,
      response: { 200: listOf(SentEmailSchema), 400: ProblemSchema, 401: ProblemSchema },
    },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const rows = await listOrgEmails(db, orgId, request.query);
    return { items: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt)!, deliveredAt: iso(r.deliveredAt) })) };
  });
};
