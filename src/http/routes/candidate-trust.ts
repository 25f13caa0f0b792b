import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditFaq, findFaq, ratingsOfScreen, saveFaq, type FaqRow } from '../../db/repositories/candidate-trust.ts';
import { rateInterview, summariseRatings } from '../../interviews/ratings.ts';
import { FaqPutSchema, FaqSchema, RatingCreateSchema, RatingSchema, ScreenRatingsSchema, type Faq } from '../../schemas/candidate-trust.ts';
import { IdParamsSchema, ProblemSchema } from '../../schemas/common.ts';
import { TokenParamsSchema } from '../../schemas/interview.ts';
import { etagOf, type ScreenRow } from '../../screens/screen-rows.ts';
import { findScreen } from '../../screens/screen-store.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { requireIfMatch } from '../if-match.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 410: ProblemSchema, 412: ProblemSchema, 428: ProblemSchema };
const IfMatchHeaders = z.object({ 'if-match': z.string().optional() });

/**
 * Candidates' trust on the hiring side (BRIEF §10): the team's answers to
 * what candidates ask about the role — per screen lineage, outside the
 * locked rubric, so they stay editable after publishing, versioned and
 * audited — and the candidates' ratings of a screen.
 */
export const screenTrustRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get('/screens/:id/faq', {
    schema: { tags: ['screens'], summary: "The hiring team's answers to questions candidates ask about the role", params: IdParamsSchema, response: { 200: FaqSchema, ...errors } },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    const screen = await mustFindScreen(orgId, request.params.id);
    const faq = faqOf(screen, await findFaq(db, orgId, screen.lineage_id));
    return reply.header('etag', etagOf(faq.version)).send(faq);
  });

  app.put('/screens/:id/faq', {
    schema: {
      tags: ['screens'],
      summary: 'Replace the answers about the role for every version of the screen (If-Match required; "0" before the first save)',
      params: IdParamsSchema,
      headers: IfMatchHeaders,
      body: FaqPutSchema,
      response: { 200: FaqSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId, actor } = principalOf(request);
    const expected = requireIfMatch(request.headers['if-match'], 'the answers you edited ("0" before the first save)');
    const screen = await mustFindScreen(orgId, request.params.id);
    const { items } = request.body;
    const saved = await db.transaction().execute(async (tx) => {
      const row = await saveFaq(tx, { orgId, lineageId: screen.lineage_id, expectedVersion: expected, items, actor });
      if (row) await auditFaq(tx, orgId, screen.id, actor, { lineageId: screen.lineage_id, version: row.version, items });
      return row;
    });
    if (!saved) {
      const current = await findFaq(db, orgId, screen.lineage_id);
      const currentVersion = current?.version ?? 0;
      throw new ApiError('stale_version', `you edited version ${expected} of the answers; the current version is ${currentVersion}`, undefined, { currentVersion });
    }
    const faq = faqOf(screen, saved);
    return reply.header('etag', etagOf(faq.version)).send(faq);
  });

  app.get('/screens/:id/ratings', {
    schema: { tags: ['screens'], summary: "Candidates' ratings of this screen: average, distribution and comments, without names", params: IdParamsSchema, response: { 200: ScreenRatingsSchema, ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const screen = await mustFindScreen(orgId, request.params.id);
    return { screenId: screen.id, ...summariseRatings(await ratingsOfScreen(db, orgId, screen.id)) };
  });

  async function mustFindScreen(orgId: string, id: string): Promise<ScreenRow> {
    const row = await findScreen(db, orgId, id);
    if (!row) throw new ApiError('not_found', `no screen ${id}`);
    return row;
  }
};

function faqOf(screen: ScreenRow, row: FaqRow | undefined): Faq {
  return {
    screenId: screen.id,
    lineageId: screen.lineage_id,
    version: row?.version ?? 0,
    items: row?.items ?? [],
    updatedAt: row ? row.updated_at.toISOString() : null,
    updatedBy: row?.updated_by ?? null,
  };
}

/** The candidate rates the experience, with the invitation token in the path. */
export const ratingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.post('/interviews/:token/rating', {
    config: { public: true },
    schema: {
      tags: ['interviews'],
      summary: 'Rate the interview once it is completed (one rating per interview; the same rating again replays it, another one is 409)',
      params: TokenParamsSchema,
      body: RatingCreateSchema,
      response: { 200: RatingSchema, 201: RatingSchema, ...errors },
    },
  }, async (request, reply) => {
    const outcome = await rateInterview(db, request.params.token, request.body);
    switch (outcome.kind) {
      case 'created': return reply.status(201).send(outcome.rating);
      case 'replayed': return reply.status(200).header('idempotent-replayed', 'true').send(outcome.rating);
      case 'already_rated': throw new ApiError('already_rated', 'you already rated this interview; a rating cannot be changed', undefined, { rating: outcome.rating });
      case 'not_found': throw new ApiError('not_found', 'no interview has this link; check the link in your invitation');
      case 'revoked': throw new ApiError('gone', 'this invitation was withdrawn by the hiring team');
      case 'not_finished': throw new ApiError('conflict', `the interview is ${outcome.status}; you can rate it once you have finished`);
    }
  });
};
