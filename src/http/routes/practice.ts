import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Question } from '../../core/bank/index.ts';
import { chooseFollowUp, TIME_DEFAULTS } from '../../core/interview/index.ts';
import { capitalise, checkMockScreen, coachAnswer, MOCK_SCREEN } from '../../core/practice/index.ts';
import { combinedScore, scoreInterview, type InterviewAnswer } from '../../core/scoring/index.ts';
import { scoreService, type ScoreService } from '../../interviews/scoring.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import {
  MockReportRequestSchema,
  MockReportSchema,
  PracticeAnswerRequestSchema,
  PracticeAnswerResultSchema,
  PracticeQuestionDetailSchema,
  PracticeQuestionSchema,
  type MockReport,
  type MockReportRequest,
  type PracticeAnswerRequest,
  type PracticeAnswerResult,
  type PracticeQuestion,
} from '../../schemas/practice.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../context.ts';
import { spendOrRefuse, TokenBuckets } from '../rate-limit.ts';

/** Scoring requests per client IP and minute, per instance (see rate-limit.ts). */
export const PRACTICE_RATE = { capacity: 60, refillPerMinute: 60 } as const;

const errors = { 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema };
const open = { public: true } as const;

/**
 * Practice mode: public and stateless. Bank questions only; answers are
 * scored and forgotten — nothing is written anywhere. Scoring is limited per
 * client IP by a token bucket; a mock report spends one token per answer it scores.
 * `score` is the server's scoring pool when it has one (see ScoreService).
 */
export const practiceRoutes: FastifyPluginAsyncZod<AppContext & { readonly score?: ScoreService }> = async (app, { catalog, score = scoreService(undefined) }) => {
  const bank = catalog.bankQuestions().filter((q) => q.bank !== 'custom');
  const byId = new Map(bank.map((q) => [q.id, q]));
  const buckets = new TokenBuckets(PRACTICE_RATE);
  const mustFind = (id: string, path: string): Question => {
    const q = byId.get(id);
    if (!q) throw new ApiError('not_found', `no practice question ${id}`, [{ path, message: `is not a practice question: ${id}`, rule: 'exists' }]);
    return q;
  };

  app.get('/practice/questions', {
    config: open,
    schema: { tags: ['practice'], summary: 'The bank questions to practise with (no account needed)', security: [], response: { 200: listOf(PracticeQuestionSchema) } },
  }, async () => ({ items: bank.map(toPracticeQuestion) }));

  app.get('/practice/questions/:id', {
    config: open,
    schema: { tags: ['practice'], summary: 'One practice question with its sample answers by level', security: [], params: IdParamsSchema, response: { 200: PracticeQuestionDetailSchema, 404: ProblemSchema } },
  }, async (request) => {
    const q = mustFind(request.params.id, 'id');
    return { ...toPracticeQuestion(q), sampleAnswers: q.sampleAnswers };
  });

  app.post('/practice/answers', {
    config: open,
    schema: { tags: ['practice'], summary: 'Score a practice answer; nothing is stored', security: [], body: PracticeAnswerRequestSchema, response: { 200: PracticeAnswerResultSchema, ...errors } },
  }, async (request, reply) => {
    const question = mustFind(request.body.questionId, 'questionId');
    const parentQuestion = request.body.parent?.questionId === undefined ? question : mustFind(request.body.parent.questionId, 'parent.questionId');
    spendOrRefuse(buckets, request, reply);
    return scorePracticeAnswer(score, question, parentQuestion, request.body);
  });

  app.post('/practice/mock-report', {
    config: open,
    schema: { tags: ['practice'], summary: 'Score a practice mock screen (6–8 answers); nothing is stored', security: [], body: MockReportRequestSchema, response: { 200: MockReportSchema, ...errors } },
  }, async (request, reply) => {
    const questions = request.body.answers.map((a, i) => mustFind(a.questionId, `answers.${i}.questionId`));
    const cost = request.body.answers.reduce((n, a) => n + 1 + (a.followUps?.length ?? 0), 0);
    spendOrRefuse(buckets, request, reply, cost);
    return mockReport(score, questions, request.body);
  });
};

function toPracticeQuestion(q: Question): PracticeQuestion {
  return {
    id: q.id,
    type: q.type,
    topic: q.topic,
    bank: q.bank,
    text: q.text,
    competencies: q.competencies,
    anchors: q.anchors,
    signals: q.signals,
    redFlags: q.redFlags,
    followUps: q.followUps,
    concepts: q.concepts.map((c) => c.label),
    ...(q.parentId !== undefined ? { parentId: q.parentId } : {}),
  };
}

async function scorePracticeAnswer(score: ScoreService, question: Question, parentQuestion: Question, body: PracticeAnswerRequest): Promise<PracticeAnswerResult> {
  const parent = body.parent === undefined ? undefined : { question: parentQuestion, answer: body.parent.answer };
  const result = await score({ question, answer: body.answer, ...(parent ? { parent } : {}) });
  // The conductor's own choice: the first gap a follow-up addresses, none for a strong answer.
  const followUp = chooseFollowUp(question, result, body.askedFollowUpIds ?? [], TIME_DEFAULTS.followUpMaxScore);
  return { practice: true, questionId: question.id, result, followUp, coaching: coachAnswer(question, result) };
}

async function mockReport(score: ScoreService, questions: readonly Question[], body: MockReportRequest): Promise<MockReport> {
  // Every input is known up front (a follow-up's context is the earlier answers' text), so all are scored at once.
  const answers: InterviewAnswer[] = await Promise.all(body.answers.map(async (a, i) => {
    const question = questions[i]!;
    const texts = [a.answer, ...(a.followUps ?? []).map((f) => f.answer)];
    const [result, ...followUps] = await Promise.all(texts.map((answer, k) =>
      score(k === 0 ? { question, answer } : { question, answer, parent: { question, answer: texts.slice(0, k).join('\n\n') } })));
    return { questionId: question.id, type: question.type, competencies: question.competencies, result: result!, followUps };
  }));
  const interview = scoreInterview({ passThreshold: MOCK_SCREEN.passThreshold, answers });
  return {
    practice: true,
    label: 'Practice result — not a real screen, not stored, not seen by any employer',
    passThreshold: MOCK_SCREEN.passThreshold,
    overall: interview.overall,
    decision: interview.decision,
    reasons: interview.reasons,
    competencies: interview.competencies,
    questions: answers.map((a, i) => ({
      questionId: questions[i]!.id,
      text: questions[i]!.text,
      type: questions[i]!.type,
      score: a.result.score,
      combinedScore: combinedScore(a),
      followUpScores: a.followUps.map((f) => f.score),
      gaps: a.result.gaps.filter((g) => g.code !== 'any').map((g) => capitalise(g.text)),
    })),
    composition: checkMockScreen(questions)
      .filter((c) => c.rule !== 'time-budget' && c.rule !== 'pass-threshold')
      .map(({ rule, ok, message }) => ({ rule, ok, message })),
  };
}
