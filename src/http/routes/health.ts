import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../context.ts';

export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, backend, catalog }) => {
  app.get('/healthz', {
    config: { public: true },
    schema: { tags: ['operations'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    config: { public: true },
    schema: {
      tags: ['operations'],
      summary: 'Readiness: the database answers',
      response: { 200: z.object({ status: z.literal('ready'), database: z.string(), questions: z.number() }) },
    },
  }, async (request) => {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      // Public route: the cause goes to the log, not to whoever asks.
      request.log.error({ err: error }, 'readiness check failed');
      throw new ApiError('not_ready', 'the database does not answer');
    }
    return { status: 'ready' as const, database: backend, questions: catalog.bankSize };
  });
};
