import { z } from 'zod';

export const EmailListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  to: z.string().trim().email().max(320).optional(),
  /** The id of the last email of the page before (its `nextBefore`). */
  before: z.string().min(1).max(300).optional(),
}).strict();

/** One email the product sent (or is still sending) for the organisation. */
export const SentEmailSchema = z.object({
  id: z.string().describe('the outbox event id, also the X-Prescreen-Event-Id header'),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']).describe('failed: retries ran out; lastError says why'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type SentEmail = z.infer<typeof SentEmailSchema>;

export const EmailPageSchema = z.object({
  items: z.array(SentEmailSchema),
  nextBefore: z.string().nullable().describe('pass as ?before= for the older emails; null on the last page'),
});
export type EmailPage = z.infer<typeof EmailPageSchema>;
