import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOrgEmails } from '../../db/repositories/org-emails.ts';
import { ProblemSchema } from '../../schemas/common.ts';
import { EmailListQuerySchema, EmailPageSchema } from '../../schemas/email.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

/** What the organisation's emails said and whether they were delivered. */
export const emailRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/emails', {
    schema: {
      tags: ['emails'],
      summary: 'The emails sent for the organisation, newest first, with their delivery status (?to= for one recipient, ?before= for older pages)',
      querystring: EmailListQuerySchema,
      response: { 200: EmailPageSchema, 400: ProblemSchema, 401: ProblemSchema },
    },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const { limit } = request.query;
    // One more than asked says whether there is an older page.
    const rows = await listOrgEmails(db, orgId, { ...request.query, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({ ...r, createdAt: iso(r.createdAt)!, deliveredAt: iso(r.deliveredAt) })),
      nextBefore: rows.length > limit ? page[page.length - 1]!.id : null,
    };
  });
};
