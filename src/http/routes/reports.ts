import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Scorer } from '../../core/scoring/index.ts';
import { latestReport, latestReportsOfOrg, reportRevisions } from '../../db/repositories/reports.ts';
import { settleInterview } from '../../interviews/conduct.ts';
import { issueRescore, scoreAgain } from '../../interviews/rescore.ts';
import { defaultScorer, scoreService } from '../../interviews/scoring.ts';
import type { ScoringPool } from '../../interviews/scoring-pool.ts';
import { notifyOutboxWritten } from '../../outbox/notify.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import { IdempotencyHeadersSchema, LatestReportSchema, LatestReportsQuerySchema, ReportSchema } from '../../schemas/interview.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { runOnce, send } from '../idempotent.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const RevisionSchema = z.object({ revision: z.number().int(), engineVersion: z.string(), overall: z.number().int(), decision: z.string(), reason: z.string(), createdAt: z.string() });

export const reportRoutes: FastifyPluginAsyncZod<AppContext & { scorer?: Scorer; scoringPool?: ScoringPool }> = async (app, options) => {
  const { db } = options;
  const scorer = options.scorer ?? defaultScorer();
  // Re-scoring scores every answer of an interview: on the pool's workers when there are any.
  const engine = { version: scorer.version, score: scoreService(options.scoringPool, scorer) };

  app.get('/reports', {
    schema: {
      tags: ['reports'],
      summary: "The organisation's latest reports, newest interview first, with each one's latest revision (?decision=needs_review for those waiting on a person)",
      querystring: LatestReportsQuerySchema,
      response: { 200: listOf(LatestReportSchema), ...errors },
    },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const rows = await latestReportsOfOrg(db, orgId, request.query);
    return {
      items: rows.map((r) => ({
        interviewId: r.interview_id, candidate: { name: r.candidate_name, email: r.candidate_email }, screen: { id: r.screen_id, title: r.screen_title },
        overall: r.overall, decision: r.decision, revision: r.revision, issuedAt: new Date(r.issued_at).toISOString(),
      })),
    };
  });

  app.get('/interviews/:id/report', {
    schema: {
      tags: ['reports'],
      summary: 'The report of a finished interview (latest revision unless ?revision=n)',
      params: IdParamsSchema,
      querystring: z.object({ revision: z.coerce.number().int().min(1).max(2_147_483_647).optional() }),
      response: { 200: ReportSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    let row = await latestReport(db, orgId, request.params.id, request.query.revision);
    if (!row && !request.query.revision) {
      // An interview whose time ran out while nobody was looking ends now, with its report.
      await settleInterview({ db, scorer, now: Date.now, publicUrl: options.publicUrl }, orgId, request.params.id);
      row = await latestReport(db, orgId, request.params.id);
    }
    if (!row) {
      const status = await interviewStatus(orgId, request.params.id);
      if (!status) throw new ApiError('not_found', `no interview ${request.params.id}`);
      if (request.query.revision) throw new ApiError('not_found', `no revision ${request.query.revision}`);
      throw new ApiError('conflict', `the interview is ${status}; its report is issued when it ends`);
    }
    // Issued reports never change: cacheable for as long as anyone likes.
    return reply.header('etag', `"${row.id}"`).header('cache-control', 'private, max-age=31536000, immutable').send(row.data as never);
  });

  const interviewStatus = async (orgId: string, id: string) =>
    (await db.selectFrom('interviews').select('status').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst())?.status;

  app.get('/interviews/:id/report/revisions', {
    schema: { tags: ['reports'], summary: 'Every revision of a report', params: IdParamsSchema, response: { 200: listOf(RevisionSchema), ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const rows = await reportRevisions(db, orgId, request.params.id);
    if (rows.length === 0 && !(await interviewStatus(orgId, request.params.id))) throw new ApiError('not_found', `no interview ${request.params.id}`);
    return {
      items: rows.map((r) => ({
        revision: r.revision, engineVersion: r.engine_version, overall: r.overall, decision: r.decision, reason: r.reason, createdAt: new Date(r.created_at).toISOString(),
      })),
    };
  });

  app.post('/interviews/:id/report/revisions', {
    schema: {
      tags: ['reports'],
      summary: 'Re-score with the current engine as a new, labelled revision',
      params: IdParamsSchema,
      headers: IdempotencyHeadersSchema,
      body: z.object({ reason: z.string().trim().min(3).max(500).optional() }).strict().nullish(),
      response: { 201: ReportSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    const { id } = request.params;
    // Scored once the key is this request's and before the transaction opens: nothing is held while the scores wait on a worker.
    const answer = await runOnce(db, request, `rescore:${orgId}:${id}`, async (tx, rescored) => {
      const row = rescored && (await issueRescore(tx, rescored, orgId, id, request.body?.reason));
      if (!row) throw new ApiError('not_found', `no completed interview ${id}`);
      return { status: 201, body: row.data as never };
    }, () => scoreAgain(db, engine, orgId, id));
    notifyOutboxWritten();
    return send(reply, answer);
  });
};
