import { z } from 'zod';

/** One answer of the hiring team to a question candidates ask about the role. */
export const FaqItemSchema = z
  .object({
    question: z.string().trim().min(3, 'must be at least 3 characters').max(300, 'must be at most 300 characters'),
    answer: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2,000 characters'),
  })
  .strict();
export type FaqItem = z.infer<typeof FaqItemSchema>;

export const FaqPutSchema = z
  .object({ items: z.array(FaqItemSchema).max(20, 'must have at most 20 questions') })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.items.forEach((item, i) => {
      const key = item.question.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'question'], message: 'is asked twice' });
      seen.add(key);
    });
  });
export type FaqPut = z.infer<typeof FaqPutSchema>;

/** The answers of a screen lineage: every version of the screen shows the same ones. */
export const FaqSchema = z.object({
  screenId: z.string(),
  lineageId: z.string(),
  /** The ETag; 0 before the first save. */
  version: z.number().int(),
  items: z.array(FaqItemSchema),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Faq = z.infer<typeof FaqSchema>;

export const RatingCreateSchema = z
  .object({
    stars: z.number().int('must be a whole number of stars').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
    comment: z.string().trim().max(1000, 'must be at most 1,000 characters').optional(),
  })
  .strict();
export type RatingCreate = z.infer<typeof RatingCreateSchema>;

export const RatingSchema = z.object({
  stars: z.number().int(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type Rating = z.infer<typeof RatingSchema>;

/**
 * A rating as the hiring team sees it: no name and no time, since a time
 * matches the "finished" time of one report; listed by stars and comment,
 * not in the order they came.
 */
const TeamRatingSchema = RatingSchema.omit({ createdAt: true });

/** The ratings of a screen's candidates, without names: what the hiring console shows. */
export const ScreenRatingsSchema = z.object({
  screenId: z.string(),
  count: z.number().int(),
  /** Rounded to one decimal; null with no rating yet. */
  averageStars: z.number().nullable(),
  distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
  items: z.array(TeamRatingSchema),
});
export type ScreenRatings = z.infer<typeof ScreenRatingsSchema>;

export const CandidateFeedbackSchema = z.object({
  strengths: z.array(z.string()),
  gaps: z.array(z.string()),
});
