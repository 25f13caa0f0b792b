import { z } from 'zod';
import { QuestionSchema } from '../core/bank/question.ts';

const Title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const ScreenQuestionRefSchema = z.object({ questionId: z.string().min(1).max(80) }).strict();

export const OverrideSchema = z
  .object({ reason: z.string().trim().min(3, 'must say why the override is needed').max(500) })
  .strict();

export const ScreenCreateSchema = z
  .object({
    title: Title,
    role: Title,
    questions: z.array(ScreenQuestionRefSchema).max(20, 'must have at most 20 questions'),
    timeBudgetMinutes: z.number().int('must be a whole number of minutes').min(1).max(240),
    passThreshold: z.number().int('must be a whole number').min(0).max(100),
    override: OverrideSchema.nullable().optional(),
    /** Send each candidate short feedback from the rubric when the interview ends (BRIEF §10); locked at publish. */
    candidateFeedback: z.boolean().optional(),
  })
  .strict();
export type ScreenCreate = z.infer<typeof ScreenCreateSchema>;

export const ScreenPatchSchema = ScreenCreateSchema.partial().strict();
export type ScreenPatch = z.infer<typeof ScreenPatchSchema>;

export const ScreenSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  title: z.string(),
  role: z.string(),
  questions: z.array(z.object({ questionId: z.string(), question: QuestionSchema.nullable() })),
  timeBudgetMinutes: z.number().int(),
  passThreshold: z.number().int(),
  override: OverrideSchema.nullable(),
  candidateFeedback: z.boolean(),
  rubricHash: z.string().nullable(),
  engineVersion: z.string().nullable(),
  lineageId: z.string(),
  lineageNumber: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** In the list only: how far the screen's candidates are (revoked invitations left out). */
  progress: z.object({
    invited: z.number().int(),
    inProgress: z.number().int(),
    completed: z.number().int(),
    needsReview: z.number().int().describe('completed, with a latest report whose decision is needs_review'),
  }).optional(),
});
export type Screen = z.infer<typeof ScreenSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  changes: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
