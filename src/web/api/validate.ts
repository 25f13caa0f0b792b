import type { z } from 'zod';

/**
 * Checks a request body with the API's own zod schema before sending it, so
 * a person sees the same messages the server would give, next to the field,
 * without a round trip. Returns field errors keyed like `fieldErrors()`.
 */
export function validateWith(schema: z.ZodType, body: unknown): Record<string, string[]> {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '_');
    const message = issue.code === 'invalid_type' ? 'is required' : issue.message;
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
