import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

/**
 * Characters PostgreSQL cannot store in text: NUL, and half of a surrogate
 * pair (half an emoji, left by a cut at a length limit). Zod accepts them,
 * the database would refuse them with a 500; they are refused here instead,
 * with the field named, before any route runs.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function firstUnstorable(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = firstUnstorable(value[i], join(path, String(i)));
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = firstUnstorable(k, join(path, k)) ?? firstUnstorable(v, join(path, k));
      if (hit) return hit;
    }
  }
  return null;
}

/** Paths as the schema errors name them: `questions.2.questionId`, `token`. */
const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** A preValidation hook: the path parameters, the query and the body, every string in them. */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  for (const [where, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
    const path = firstUnstorable(value, '');
    if (path === null) continue;
    throw new ApiError('validation_failed', `the ${where} has a character that cannot be stored in ${path || where}`, [
      { path: path || where, message: 'contains a NUL character or half of a character (a cut emoji); remove it and send again', rule: 'storable_text' },
    ]);
  }
}
