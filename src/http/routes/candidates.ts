import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listInvitations, invitationStatus } from '../../db/repositories/invitations.ts';
import { latestReport, latestReportsOfScreen } from '../../db/repositories/reports.ts';
import type { Report } from '../../interviews/report-builder.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import { CandidateRowSchema } from '../../schemas/interview.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema };
const SORTS = ['overall', 'name', 'decision', 'status', 'system_design', 'data_strategy', 'reliability', 'communication'] as const;

const ListQuery = z.object({
  sort: z.enum(SORTS).default('overall'),
  order: z.enum(['asc', 'desc']).optional(),
});
const CompareQuery = z.object({
  ids: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(z.string()).min(2, 'compare at least 2 candidates').max(5, 'compare at most 5 candidates')),
});

export const candidateRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  async function rowsOf(orgId: string, screenId: string) {
    const exists = await db.selectFrom('screens').select('id').where('org_id', '=', orgId).where('id', '=', screenId).executeTakeFirst();
    if (!exists) throw new ApiError('not_found', `no screen ${screenId}`);
    const [invitations, reports] = await Promise.all([listInvitations(db, orgId, screenId), latestReportsOfScreen(db, orgId, screenId)]);
    const byInterview = new Map(reports.map((r) => [r.interview_id, r]));
    const now = new Date();
    return invitations.map((inv) => {
      const report = byInterview.get(inv.interview_id);
      return {
        interviewId: inv.interview_id, invitationId: inv.id, name: inv.candidate_name, email: inv.candidate_email,
        status: invitationStatus(inv, now), overall: report?.overall ?? null, decision: report?.decision ?? null,
        competencies: report?.competencies ?? {}, reportRevision: report?.revision ?? null,
      };
    });
  }

  app.get('/screens/:id/candidates', {
    schema: { tags: ['candidates'], summary: 'Every candidate of a screen with overall, decision and competencies, sortable', params: IdParamsSchema, querystring: ListQuery, response: { 200: listOf(CandidateRowSchema), ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const rows = await rowsOf(orgId, request.params.id);
    const { sort } = request.query;
    const order = request.query.order ?? (sort === 'name' || sort === 'status' ? 'asc' : 'desc');
    const key = (r: (typeof rows)[number]): string | number | null =>
      sort === 'name' ? r.name.toLowerCase() : sort === 'status' ? r.status : sort === 'decision' ? r.decision : sort === 'overall' ? r.overall : r.competencies[sort] ?? null;
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === y) return a.name.localeCompare(b.name);
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (order === 'asc' ? 1 : -1);
    });
    return { items: rows };
  });

  app.get('/screens/:id/candidates/compare', {
    schema: { tags: ['candidates'], summary: 'Side by side, per question, for 2–5 candidates (?ids=interviewId,…)', params: IdParamsSchema, querystring: CompareQuery, response: { 200: z.unknown(), ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const all = await rowsOf(orgId, request.params.id);
    const rows = request.query.ids.map((id) => {
      const found = all.find((r) => r.interviewId === id || r.invitationId === id);
      if (!found) throw new ApiError('not_found', `no candidate ${id} on screen ${request.params.id}`);
      return found;
    });
    // The whole report only for the 2–5 compared, at the revision the row shows.
    const chosen = await Promise.all(rows.map(async (row) => ({
      row, data: row.reportRevision === null ? undefined : ((await latestReport(db, orgId, row.interviewId, row.reportRevision))?.data as Report | undefined),
    })));
    const questionIds = chosen.find((c) => c.data)?.data?.questions.map((q) => q.questionId) ?? [];
    return {
      candidates: chosen.map((c) => c.row),
      questions: questionIds.map((questionId) => {
        const first = chosen.find((c) => c.data)?.data?.questions.find((q) => q.questionId === questionId);
        return {
          questionId, text: first?.text ?? '', type: first?.type ?? null,
          answers: chosen.map((c) => {
            const q = c.data?.questions.find((x) => x.questionId === questionId);
            return {
              interviewId: c.row.interviewId, name: c.row.name, score: q?.score ?? null, combinedScore: q?.combinedScore ?? null,
              answer: q?.answer ?? null, flags: q?.flags.map((f) => f.code) ?? [], evidence: q?.evidence.slice(0, 3).map((e) => e.quote) ?? [],
              followUps: q?.followUps.length ?? 0,
            };
          }),
        };
      }),
    };
  });
};
