import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { brokenRules, checkComposition, rubricHash } from '../../core/screens/index.ts';
import { ENGINE_VERSION } from '../../core/scoring/version.ts';
import { progressOfScreens } from '../../db/repositories/invitations.ts';
import type { QuestionCatalog } from '../../questions/catalog.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import { IdempotencyHeadersSchema } from '../../schemas/interview.ts';
import { AuditEntrySchema, ScreenCreateSchema, ScreenPatchSchema, ScreenSchema, type Screen, type ScreenCreate } from '../../schemas/screen.ts';
import { etagOf, toScreen, type LockedScreen, type ScreenRow } from '../../screens/screen-rows.ts';
import * as store from '../../screens/screen-store.ts';
import { principalOf } from '../auth.ts';
import { ApiError } from '../errors.ts';
import { runOnce, send, type Answer } from '../idempotent.ts';
import { requireIfMatch } from '../if-match.ts';
import type { AppContext } from '../context.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 412: ProblemSchema, 422: ProblemSchema, 428: ProblemSchema };
const IfMatchHeaders = z.object({ 'if-match': z.string().optional() });

export const screenRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, catalog }) => {
  const view = async (orgId: string, row: ScreenRow) =>
    toScreen(row, await catalog.resolve(orgId, row.question_ids as string[]));

  app.post('/screens', {
    schema: { tags: ['screens'], summary: 'Create a draft screen (Idempotency-Key optional)', headers: IdempotencyHeadersSchema, body: ScreenCreateSchema, response: { 201: ScreenSchema, ...errors } },
  }, async (request, reply) => {
    const { orgId, actor } = principalOf(request);
    const questions = await assertComposition(catalog, orgId, request.body);
    const answer = await runOnce(db, request, `screens:${orgId}`, async (tx) =>
      ({ status: 201, body: toScreen(await store.insertScreen(tx, orgId, actor, request.body), questions) }));
    return sendScreen(reply, answer);
  });

  app.get('/screens', {
    schema: { tags: ['screens'], summary: 'List screens', response: { 200: listOf(ScreenSchema), 401: ProblemSchema } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const [rows, progress] = await Promise.all([store.listScreens(db, orgId), progressOfScreens(db, orgId)]);
    const none = { invited: 0, inProgress: 0, completed: 0, needsReview: 0 };
    return { items: await Promise.all(rows.map(async (row) => ({ ...(await view(orgId, row)), progress: progress.get(row.id) ?? none }))) };
  });

  app.get('/screens/:id', {
    schema: { tags: ['screens'], summary: 'Read a screen', params: IdParamsSchema, response: { 200: ScreenSchema, ...errors } },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    const row = await mustFind(orgId, request.params.id);
    return reply.header('etag', etagOf(row.version)).send(await view(orgId, row));
  });

  app.patch('/screens/:id', {
    schema: {
      tags: ['screens'],
      summary: 'Edit a draft screen (If-Match required)',
      params: IdParamsSchema,
      headers: IfMatchHeaders,
      body: ScreenPatchSchema,
      response: { 200: ScreenSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId, actor, expected, current } = await draftToWrite(request, request.params.id);
    const next: ScreenCreate = { ...rowToInput(current), ...request.body };
    await assertComposition(catalog, orgId, next);
    const outcome = await store.updateDraft(db, orgId, current.id, expected, next, actor, request.body);
    const row = unwrap(outcome, expected);
    return reply.header('etag', etagOf(row.version)).send(await view(orgId, row));
  });

  app.post('/screens/:id/publish', {
    schema: {
      tags: ['screens'],
      summary: 'Publish and lock a screen (If-Match required)',
      params: IdParamsSchema,
      headers: IfMatchHeaders,
      response: { 200: ScreenSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId, actor, expected, current } = await draftToWrite(request, request.params.id);
    const input = rowToInput(current);
    const questions = await assertComposition(catalog, orgId, input);
    const locked: LockedScreen = {
      questions: input.questions.map((q) => questions.get(q.questionId)!),
      timeBudgetMinutes: input.timeBudgetMinutes,
      passThreshold: input.passThreshold,
      engineVersion: ENGINE_VERSION,
    };
    // The hash is the fingerprint of what scores answers. Whether candidates
    // are told their strengths and gaps changes no score, so it stays out of
    // the hash; the setting is frozen all the same by the screens_locked trigger.
    const hash = rubricHash(locked);
    const outcome = await store.publishDraft(db, orgId, current.id, expected, locked, hash, ENGINE_VERSION, actor);
    const row = unwrap(outcome, expected);
    return reply.header('etag', etagOf(row.version)).send(await view(orgId, row));
  });

  app.post('/screens/:id/versions', {
    schema: {
      tags: ['screens'],
      summary: 'Start a new draft version of a screen (Idempotency-Key optional)',
      params: IdParamsSchema,
      headers: IdempotencyHeadersSchema,
      response: { 201: ScreenSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId, actor } = principalOf(request);
    const source = await mustFind(orgId, request.params.id);
    const questions = await catalog.resolve(orgId, source.question_ids as string[]);
    const answer = await runOnce(db, request, `screen-versions:${orgId}:${source.id}`, async (tx) =>
      ({ status: 201, body: toScreen(await store.insertNextVersion(tx, orgId, actor, source.lineage_id, rowToInput(source)), questions) }));
    return sendScreen(reply, answer);
  });

  app.get('/screens/:id/audit', {
    schema: { tags: ['screens'], summary: 'Every change to a screen', params: IdParamsSchema, response: { 200: listOf(AuditEntrySchema), ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const screen = await mustFind(orgId, request.params.id);
    const rows = await store.readAudit(db, orgId, [screen.id]);
    return { items: rows.map((r) => ({ id: Number(r.id), at: r.at.toISOString(), actor: r.actor, action: r.action, changes: r.changes })) };
  });

  /** The caller, the version it edited (If-Match) and the draft, refused early when stale or locked. */
  async function draftToWrite(request: FastifyRequest, id: string) {
    const { orgId, actor } = principalOf(request);
    const expected = requireIfMatch(request.headers['if-match'], 'the version you edited');
    const current = await mustFind(orgId, id);
    assertWritable(current, expected);
    return { orgId, actor, expected, current };
  }

  async function mustFind(orgId: string, id: string): Promise<ScreenRow> {
    const row = await store.findScreen(db, orgId, id);
    if (!row) throw new ApiError('not_found', `no screen ${id}`);
    return row;
  }
};

/** A created screen, first time or replayed, with its ETag and where it lives. */
function sendScreen(reply: FastifyReply, answer: Answer<Screen>): FastifyReply {
  return send(reply.header('etag', etagOf(answer.body.version)).header('location', `/api/v1/screens/${answer.body.id}`), answer);
}

function rowToInput(row: ScreenRow): ScreenCreate {
  return {
    title: row.title,
    role: row.role,
    questions: (row.question_ids as string[]).map((questionId) => ({ questionId })),
    timeBudgetMinutes: row.time_budget_minutes,
    passThreshold: row.pass_threshold,
    override: (row.override as { reason: string } | null) ?? null,
    candidateFeedback: row.candidate_feedback,
  };
}

function assertWritable(row: ScreenRow, expected: number): void {
  if (row.status === 'published') {
    throw new ApiError('screen_locked', `screen ${row.id} is published; start a new version with POST /api/v1/screens/${row.id}/versions`);
  }
  if (row.version !== expected) {
    throw new ApiError('stale_version', `you edited version ${expected}; the current version is ${row.version}`, undefined, { currentVersion: row.version });
  }
}

function unwrap(outcome: store.WriteOutcome, expected: number): ScreenRow {
  if (outcome.ok) return outcome.row;
  if (outcome.reason === 'not_found') throw new ApiError('not_found');
  assertWritable(outcome.current!, expected);
  throw new ApiError('stale_version', 'the screen changed while saving', undefined, { currentVersion: outcome.current?.version });
}

async function assertComposition(catalog: QuestionCatalog, orgId: string, input: ScreenCreate) {
  const ids = input.questions.map((q) => q.questionId);
  const questions = await catalog.resolve(orgId, ids);
  const broken = brokenRules(checkComposition({ ...input, questionIds: ids }, (id) => questions.get(id)));
  if (broken.length > 0) {
    throw new ApiError(
      'composition_rules_broken',
      `${broken.length} rule(s) broken: ${broken.map((b) => b.rule).join(', ')}`,
      broken.map((b) => ({ path: b.field, message: b.message, rule: b.rule })),
    );
  }
  return questions;
}
