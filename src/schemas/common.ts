import { z } from 'zod';

export const IdParamsSchema = z.object({ id: z.string().min(1).max(100) }).strict();

export function listOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item) });
}

export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  rule: z.string().optional(),
});

/** RFC 9457 problem details, as every error response of the API. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .passthrough();
