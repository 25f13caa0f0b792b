import { z } from 'zod';

const Name = z.string().trim().min(1, 'must not be empty').max(200);
const Email = z.string().trim().email('must be an email address').max(320);
/** Accommodation: the time budget is multiplied by this (1 = none, 1.5 = +50%). */
const ExtraTime = z.number().min(1).max(4);

export const CandidateSchema = z.object({ name: Name, email: Email, extraTimeFactor: ExtraTime.optional() }).strict();

export const InvitationCreateSchema = z
  .object({
    candidates: z.array(CandidateSchema).min(1).max(200).optional(),
    name: Name.optional(),
    email: Email.optional(),
    extraTimeFactor: ExtraTime.optional(),
    expiresInDays: z.number().int('must be a whole number of days').min(1).max(14).default(7),
  })
  .strict()
  .refine((b) => (b.candidates !== undefined) !== (b.name !== undefined && b.email !== undefined), {
    message: 'send either "candidates": [{name, email}] or one "name" and "email"',
    path: ['candidates'],
  })
  .superRefine((b, ctx) => {
    // One person twice in one list (a paste, a double row) would get two links to the same screen.
    const seen = new Map<string, number>();
    b.candidates?.forEach((c, i) => {
      const email = c.email.toLowerCase();
      const first = seen.get(email);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['candidates', i, 'email'], message: `is listed twice (also as candidate ${first + 1})` });
      else seen.set(email, i);
    });
  });
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

export const InvitationStatusSchema = z.enum(['invited', 'started', 'completed', 'expired', 'revoked']);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const InvitationSchema = z.object({
  id: z.string(),
  interviewId: z.string(),
  token: z.string(),
  link: z.string(),
  status: InvitationStatusSchema,
  name: z.string(),
  email: z.string(),
  expiresAt: z.string(),
  extraTimeFactor: z.number(),
}).passthrough();
export type Invitation = z.infer<typeof InvitationSchema>;

export const TokenParamsSchema = z.object({ token: z.string().min(16).max(100) }).strict();

export const AnswerSchema = z
  .object({
    seq: z.number().int().min(1),
    text: z.string().max(20_000, 'must be at most 20,000 characters'),
  })
  .strict();
export type AnswerBody = z.infer<typeof AnswerSchema>;

const IdempotencyKey = z.string().min(1).max(255).describe('A fresh random value per intended write, sent again unchanged on its retries');
/** Writes that make something new: a key is optional, and with one a retry makes nothing twice. */
export const IdempotencyHeadersSchema = z.object({ 'idempotency-key': IdempotencyKey.optional() });
/** Answers: a key is required (a missing one is 400 `idempotency_key_missing`). */
export const RequiredIdempotencyHeadersSchema = z.object({ 'idempotency-key': IdempotencyKey });

export const CurrentQuestionSchema = z.object({
  kind: z.enum(['question', 'follow_up']),
  text: z.string(),
  questionId: z.string(),
  followUpId: z.string().nullable(),
  number: z.number().int(),
  of: z.number().int(),
  followUpNumber: z.number().int(),
});

export const InterviewViewSchema = z.object({
  interviewId: z.string(),
  status: z.enum(['not_started', 'in_progress', 'completed', 'expired']),
  seq: z.number().int(),
  question: CurrentQuestionSchema.nullable(),
  time: z.object({ budgetSeconds: z.number(), usedSeconds: z.number(), leftSeconds: z.number(), inGrace: z.boolean(), graceSeconds: z.number() }),
  canResume: z.boolean(),
  endReason: z.enum(['all_answered', 'time_up']).nullable(),
  answeredTurns: z.number().int(),
  /** The hiring team's answers about the role (on reads and at the end). */
  faq: z.array(z.object({ question: z.string(), answer: z.string() })).optional(),
  /** Strengths and gaps in plain words, once completed, when the screen gives feedback. */
  feedback: z.object({ strengths: z.array(z.string()), gaps: z.array(z.string()) }).nullable().optional(),
  canRate: z.boolean().optional(),
  rating: z.object({ stars: z.number().int(), comment: z.string().nullable(), createdAt: z.string() }).nullable().optional(),
}).passthrough();
export type InterviewView = z.infer<typeof InterviewViewSchema>;

export const DecisionSchema = z.enum(['pass', 'fail', 'needs_review']);

export const ReportSchema = z.object({
  id: z.string(),
  interviewId: z.string(),
  revision: z.number().int(),
  overall: z.number().int().min(0).max(100),
  decision: DecisionSchema,
  questions: z.array(z.unknown()),
  transcript: z.array(z.unknown()),
}).passthrough();

export const LatestReportsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  decision: DecisionSchema.optional(),
}).strict();

/** One finished interview in the organisation's latest reports: its latest revision's score. */
export const LatestReportSchema = z.object({
  interviewId: z.string(),
  candidate: z.object({ name: z.string(), email: z.string() }),
  screen: z.object({ id: z.string(), title: z.string() }),
  overall: z.number().int().min(0).max(100),
  decision: DecisionSchema,
  revision: z.number().int(),
  issuedAt: z.string().describe('when revision 1 was issued, i.e. when the interview ended'),
});
export type LatestReport = z.infer<typeof LatestReportSchema>;

export const CandidateRowSchema = z.object({
  interviewId: z.string(),
  invitationId: z.string(),
  name: z.string(),
  email: z.string(),
  status: InvitationStatusSchema,
  overall: z.number().nullable(),
  decision: DecisionSchema.nullable(),
  competencies: z.record(z.string(), z.number()),
  reportRevision: z.number().nullable(),
});
export type CandidateRow = z.infer<typeof CandidateRowSchema>;

export const WebhookEndpointCreateSchema = z
  .object({
    url: z
      .string()
      .url()
      .max(2000)
      .refine((u) => /^https?:$/.test(new URL(u).protocol), 'must be an http or https URL'),
    events: z.array(z.enum(['interview.started', 'interview.completed', 'report.ready'])).min(1).default(['interview.started', 'interview.completed', 'report.ready']),
  })
  .strict();
