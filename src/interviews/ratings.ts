import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { findRating, insertRating, type RatingRow } from '../db/repositories/candidate-trust.ts';
import { findByToken } from '../db/repositories/interviews.ts';
import type { Rating, RatingCreate } from '../schemas/candidate-trust.ts';

export type RatingOutcome =
  | { readonly kind: 'created' | 'replayed'; readonly rating: Rating }
  | { readonly kind: 'already_rated'; readonly rating: Rating }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'not_finished'; readonly status: string };

export const ratingOf = (row: RatingRow): Rating => ({ stars: row.stars, comment: row.comment, createdAt: row.created_at.toISOString() });

/**
 * One rating per interview, only once it is completed. The interview is the
 * idempotency key: a repeat of the same rating replays it (a retry after a
 * lost response), a different one is refused; nothing is ever overwritten.
 */
export async function rateInterview(db: Kysely<Database>, token: string, body: RatingCreate): Promise<RatingOutcome> {
  const record = await findByToken(db, token);
  if (!record) return { kind: 'not_found' };
  if (record.invitation.revokedAt !== null && record.row.status !== 'completed') return { kind: 'revoked' };
  if (record.row.status !== 'completed') return { kind: 'not_finished', status: record.row.status };
  const comment = body.comment?.trim() ? body.comment.trim() : null;
  const inserted = await insertRating(db, {
    interviewId: record.row.id, orgId: record.row.org_id, screenId: record.row.screen_id, stars: body.stars, comment,
  });
  if (inserted) return { kind: 'created', rating: ratingOf(inserted) };
  const existing = await findRating(db, record.row.id);
  if (!existing) throw new Error(`rating of ${record.row.id} neither inserted nor found`);
  const same = existing.stars === body.stars && existing.comment === comment;
  return { kind: same ? 'replayed' : 'already_rated', rating: ratingOf(existing) };
}

/** Count, average (one decimal) and distribution of a screen's ratings. */
export function summariseRatings(rows: readonly RatingRow[]) {
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<1 | 2 | 3 | 4 | 5, number>;
  for (const r of rows) distribution[r.stars as 1 | 2 | 3 | 4 | 5] += 1;
  const total = rows.reduce((sum, r) => sum + r.stars, 0);
  return {
    count: rows.length,
    averageStars: rows.length === 0 ? null : Math.round((total / rows.length) * 10) / 10,
    distribution,
    items: rows
      .map((r) => ({ stars: r.stars, comment: r.comment }))
      .sort((a, b) => a.stars - b.stars || (a.comment ?? '').localeCompare(b.comment ?? '')),
  };
}
