import { z } from 'zod';

/** The kinds of screening question (BRIEF §3); each is judged by its own rubric. */
export const QuestionTypeSchema = z.enum([
  'general',
  'technical',
  'behavioral',
  'situational',
  'experience',
  'motivation',
]);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

/** The four scorecard competencies (BRIEF §5). */
export const CompetencySchema = z.enum([
  'system_design',
  'data_strategy',
  'reliability',
  'communication',
]);
export type Competency = z.infer<typeof CompetencySchema>;

/** How reports and pages name the competencies. */
export const COMPETENCY_NAMES: Readonly<Record<Competency, string>> = {
  system_design: 'System design depth',
  data_strategy: 'Data strategy',
  reliability: 'Reliability planning',
  communication: 'Communication quality',
};

export const LevelSchema = z.enum(['junior', 'mid', 'senior', 'staff']);
export type Level = z.infer<typeof LevelSchema>;
/** Junior to staff, in order: a level's rank is its index. */
export const LEVELS: readonly Level[] = LevelSchema.options;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const sentence = z.string().trim().min(3, 'must be at least 3 characters');

/**
 * A concept a good answer covers, written as the claims an answer makes about
 * it (SCORING-NOTES: claims, not terms). `terms` are the words and synonyms
 * that name the concept; `claims` are short statements a strong answer supports.
 */
export const ConceptSchema = z
  .object({
    id: slug,
    label: sentence,
    terms: z.array(z.string().min(2)).min(1),
    claims: z.array(sentence).min(1),
  })
  .strict();
export type Concept = z.infer<typeof ConceptSchema>;

/** A wrong belief that marks a weak answer, as a claim plus phrasings of it. */
export const MisconceptionSchema = z
  .object({
    id: slug,
    claim: sentence,
    phrasings: z.array(sentence).min(1),
    correction: sentence,
  })
  .strict();
export type Misconception = z.infer<typeof MisconceptionSchema>;

/**
 * Gap codes name what an answer lacks; a follow-up is chosen by the first gap
 * of the answer that one of the question's follow-ups addresses.
 */
export const GapCodeSchema = z
  .string()
  .regex(
    /^(concept:[a-z0-9-]+|situation|task|personal-actions|result|numbers|tradeoffs|structure|context|specifics|named-projects|outcomes|progression|role-specific|evidence|accuracy|focus|depth|operations|validation|alternatives|any)$/,
    'must be a known gap code (see docs/ARCHITECTURE.md#gap-codes) or concept:<id>',
  );
export type GapCode = z.infer<typeof GapCodeSchema>;

export const FollowUpSchema = z
  .object({
    id: slug,
    gap: GapCodeSchema,
    prompt: sentence,
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const AnchorsSchema = z
  .object({
    '5': sentence,
    '3': sentence,
    '1': sentence,
  })
  .strict();

export const SampleAnswersSchema = z
  .object({
    junior: sentence,
    mid: sentence,
    senior: sentence,
    staff: sentence,
  })
  .strict();

export const QuestionSchema = z
  .object({
    id: slug.max(80),
    type: QuestionTypeSchema,
    topic: sentence.max(80),
    bank: z.enum(['distributed-systems', 'backend', 'design-story', 'incident', 'custom']),
    text: sentence.max(1000),
    competencies: z.array(CompetencySchema).min(1),
    anchors: AnchorsSchema,
    signals: z.array(sentence).min(1),
    redFlags: z.array(sentence).min(1),
    concepts: z.array(ConceptSchema).default([]),
    misconceptions: z.array(MisconceptionSchema).default([]),
    followUps: z.array(FollowUpSchema).min(1),
    sampleAnswers: SampleAnswersSchema,
    /** Set on questions that deepen another one (the design-story follow-ups). */
    parentId: slug.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const needsConcepts = q.type === 'technical' || q.type === 'general';
    if (needsConcepts && q.concepts.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['concepts'],
        message: `a ${q.type} question needs at least 2 key concepts`,
      });
    }
    const conceptIds = new Set(q.concepts.map((c) => c.id));
    q.followUps.forEach((f, i) => {
      const id = f.gap.startsWith('concept:') ? f.gap.slice('concept:'.length) : null;
      if (id !== null && !conceptIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['followUps', i, 'gap'],
          message: `names concept "${id}", which the question does not define`,
        });
      }
    });
  });
/** A question as written in the bank files (defaults not yet applied). */
export type QuestionInput = z.input<typeof QuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
