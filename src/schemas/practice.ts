import { z } from 'zod';
import { AnchorsSchema, CompetencySchema, FollowUpSchema, LevelSchema, QuestionTypeSchema, SampleAnswersSchema } from '../core/bank/question.ts';

/** The longest practice answer, as in a real interview. */
export const PRACTICE_ANSWER_MAX = 20_000;

const Answer = z
  .string()
  .max(PRACTICE_ANSWER_MAX, 'must be at most 20,000 characters')
  .refine((s) => s.trim().length > 0, 'must not be empty');
const QuestionId = z.string().min(1, 'must name a question').max(100);

/** A bank question as practice shows it: the rubric in full, the concepts by label only. */
export const PracticeQuestionSchema = z.object({
  id: z.string(),
  type: QuestionTypeSchema,
  topic: z.string(),
  bank: z.string(),
  text: z.string(),
  competencies: z.array(CompetencySchema),
  anchors: AnchorsSchema,
  signals: z.array(z.string()),
  redFlags: z.array(z.string()),
  followUps: z.array(FollowUpSchema),
  concepts: z.array(z.string()),
  parentId: z.string().optional(),
});
export type PracticeQuestion = z.infer<typeof PracticeQuestionSchema>;

/** One question with its sample answers by level, to compare after answering. */
export const PracticeQuestionDetailSchema = PracticeQuestionSchema.extend({ sampleAnswers: SampleAnswersSchema });
export type PracticeQuestionDetail = z.infer<typeof PracticeQuestionDetailSchema>;

export const PracticeAnswerRequestSchema = z
  .object({
    questionId: QuestionId,
    answer: Answer,
    /** For a follow-up: the answer it deepens (of the same question unless named). */
    parent: z.object({ questionId: QuestionId.optional(), answer: Answer }).strict().optional(),
    /** Follow-ups already tried, so the next suggestion is a new one. */
    askedFollowUpIds: z.array(z.string().max(100)).max(10).optional(),
  })
  .strict();
export type PracticeAnswerRequest = z.infer<typeof PracticeAnswerRequestSchema>;

export const EvidenceSchema = z.object({ rule: z.string(), effect: z.string(), quote: z.string(), start: z.number().int(), end: z.number().int() });
const CompetencyScores = z.object({ system_design: z.number(), data_strategy: z.number(), reliability: z.number(), communication: z.number() }).partial();

/** The engine's full result for one answer (src/core/scoring ScoreResult). */
export const ScoreResultSchema = z.object({
  score: z.number().int().min(1).max(5).nullable(),
  dimensions: z.record(z.string(), z.number()),
  evidence: z.array(EvidenceSchema),
  gaps: z.array(z.object({ code: z.string(), text: z.string() })),
  flags: z.array(z.object({ code: z.string(), message: z.string(), language: z.string().optional() })),
  level: z.object({
    estimate: LevelSchema.nullable(),
    signals: z.array(z.object({ level: LevelSchema, signal: z.string(), quote: z.string(), start: z.number().int(), end: z.number().int() })),
    mistakes: z.array(z.string()),
  }).nullable(),
  competencies: CompetencyScores,
  rubric: z.object({ source: z.enum(['bank', 'generic']), questionId: z.string().optional(), hash: z.string() }),
  engineVersion: z.string(),
  confidence: z.enum(['high', 'low']),
  language: z.string().optional(),
});

export const CoachingSchema = z.object({
  summary: z.string(),
  strongAnswer: z.string(),
  gaps: z.array(z.string()),
  signals: z.array(z.string()),
  watchOuts: z.array(z.string()),
});

export const PracticeAnswerResultSchema = z.object({
  practice: z.literal(true),
  questionId: z.string(),
  result: ScoreResultSchema,
  /** What a real interviewer would ask next, or null for a strong answer. */
  followUp: FollowUpSchema.nullable(),
  coaching: CoachingSchema,
});
export type PracticeAnswerResult = z.infer<typeof PracticeAnswerResultSchema>;

export const MockReportRequestSchema = z
  .object({
    answers: z
      .array(
        z
          .object({
            questionId: QuestionId,
            answer: Answer,
            followUps: z.array(z.object({ answer: Answer }).strict()).max(2, 'at most 2 follow-ups per question').optional(),
          })
          .strict(),
      )
      .min(6, 'a mock screen has at least 6 answers')
      .max(8, 'a mock screen has at most 8 answers'),
  })
  .strict();
export type MockReportRequest = z.infer<typeof MockReportRequestSchema>;

export const MockReportSchema = z.object({
  practice: z.literal(true),
  label: z.string(),
  passThreshold: z.number().int(),
  overall: z.number().int().min(0).max(100),
  decision: z.enum(['pass', 'fail', 'needs_review']),
  reasons: z.array(z.string()),
  competencies: CompetencyScores,
  questions: z.array(
    z.object({
      questionId: z.string(),
      text: z.string(),
      type: QuestionTypeSchema,
      score: z.number().int().nullable(),
      combinedScore: z.number().nullable(),
      followUpScores: z.array(z.number().int().nullable()),
      gaps: z.array(z.string()),
    }),
  ),
  /** The composition rules a real screen keeps, checked on this practice set. */
  composition: z.array(z.object({ rule: z.string(), ok: z.boolean(), message: z.string() })),
});
export type MockReport = z.infer<typeof MockReportSchema>;
