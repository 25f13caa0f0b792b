import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Scorer } from '../../core/scoring/index.ts';
import { answerByToken, startByToken, viewInterview, type ConductDeps, type ConductError, type ConductOutcome } from '../../interviews/conduct.ts';
import { defaultScorer } from '../../interviews/scoring.ts';
import { ProblemSchema } from '../../schemas/common.ts';
import { AnswerSchema, RequiredIdempotencyHeadersSchema, InterviewViewSchema, TokenParamsSchema } from '../../schemas/interview.ts';
import type { AppContext } from '../context.ts';
import type { ErrorCode } from '../errors.ts';
import { answerFromKey, send as sendAnswer } from '../idempotent.ts';
import { problemOf } from '../problem.ts';
import type { ScoringPool } from '../../interviews/scoring-pool.ts';

export interface InterviewRouteOptions extends AppContext {
  readonly scorer?: Scorer;
  readonly now?: () => number;
  readonly scoringPool?: ScoringPool;
}

const errors = { 400: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 410: ProblemSchema, 422: ProblemSchema };
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The candidate's API, authenticated by the invitation token in the path.
 * Answers follow the IETF Idempotency-Key draft and carry the turn's `seq`:
 * a retry has no second effect, and a late answer never overwrites a newer turn.
 */
export const interviewRoutes: FastifyPluginAsyncZod<InterviewRouteOptions> = async (app, options) => {
  const deps: ConductDeps = {
    db: options.db, scorer: options.scorer ?? defaultScorer(), now: options.now ?? Date.now, publicUrl: options.publicUrl,
    ...(options.scoringPool ? { scoringPool: options.scoringPool } : {}),
  };
  const config = { public: true };

  app.get('/interviews/:token', {
    config,
    schema: { tags: ['interviews'], summary: 'Where the interview stands (candidate token)', params: TokenParamsSchema, response: { 200: InterviewViewSchema, ...errors } },
  }, async (request, reply) => send(reply, await viewInterview(deps, request.params.token)));

  app.post('/interviews/:token/start', {
    config,
    schema: { tags: ['interviews'], summary: 'Start the interview (a no-op once started)', params: TokenParamsSchema, response: { 200: InterviewViewSchema, ...errors } },
  }, async (request, reply) => send(reply, await startByToken(deps, request.params.token)));

  app.post('/interviews/:token/answers', {
    config,
    schema: {
      tags: ['interviews'],
      summary: 'Answer the current turn (Idempotency-Key required; seq must be the current turn)',
      params: TokenParamsSchema,
      headers: RequiredIdempotencyHeadersSchema,
      body: AnswerSchema,
      response: { 200: InterviewViewSchema, ...errors },
    },
  }, async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const scope = `answer:${sha256(request.params.token).slice(0, 32)}`;
    const fingerprint = sha256(JSON.stringify([request.body.seq, request.body.text]));
    // The key is claimed, and the response stored under it, in the statements that read and save the answer.
    const result = await answerByToken(deps, request.params.token, request.body, { scope, key, fingerprint, responseOf: (o) => httpOf(o, request.url) });
    if ('outcome' in result) return send(reply, result.outcome);
    return sendAnswer(reply, answerFromKey(result.claim));
  });
};

function send(reply: FastifyReply, outcome: ConductOutcome) {
  const r = httpOf(outcome, reply.request.url);
  if (r.status >= 400) reply.type('application/problem+json');
  return reply.status(r.status).send(r.body as never);
}

/** The response for an outcome: the view, or a problem carrying the current state. */
export function httpOf(outcome: ConductOutcome, instance: string): { status: number; body: unknown } {
  if (outcome.ok) return { status: 200, body: outcome.view };
  const [code, detail] = problemFor(outcome.error);
  const extra = outcome.view ? { current: outcome.view } : undefined;
  const errors = outcome.error.kind === 'empty_answer' ? [{ path: 'text', message: 'must not be empty', rule: 'too_small' }] : undefined;
  const body = { ...problemOf(code, detail, errors, extra), instance };
  return { status: body.status, body };
}

function problemFor(e: ConductError): [ErrorCode, string] {
  switch (e.kind) {
    case 'not_found': return ['not_found', 'no interview has this link; check the link in your invitation'];
    case 'revoked': return ['gone', 'this invitation was withdrawn by the hiring team'];
    case 'invitation_expired': return ['gone', 'this invitation has expired; ask the hiring team for a new one'];
    case 'not_started': return ['conflict', 'the interview has not started; POST …/start first'];
    case 'already_over': return ['conflict', `the interview is ${e.status}; no more answers are taken`];
    case 'time_up': return ['conflict', 'the time is up; your answers until the end of the grace period were kept'];
    case 'empty_answer': return ['validation_failed', 'the answer is empty'];
    case 'stale_seq': return ['stale_sequence', `turn ${e.received} is not the current turn; the current turn is ${e.expected}`];
  }
}
