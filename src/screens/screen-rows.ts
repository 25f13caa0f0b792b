import type { Selectable } from 'kysely';
import type { ScreensTable } from '../db/tables/foundation.ts';
import type { Screen } from '../schemas/screen.ts';
import type { CatalogQuestion } from '../questions/catalog.ts';

export type ScreenRow = Selectable<ScreensTable>;

/** What publishing freezes. The rubric hash is over exactly this. */
export interface LockedScreen {
  readonly questions: readonly CatalogQuestion[];
  readonly timeBudgetMinutes: number;
  readonly passThreshold: number;
  readonly engineVersion: string;
}

/**
 * The API view of a screen. A published screen shows its frozen questions;
 * a draft shows the catalog's current ones (null where a question is gone).
 */
export function toScreen(row: ScreenRow, current: ReadonlyMap<string, CatalogQuestion>): Screen {
  const locked = row.locked as LockedScreen | null;
  const frozen = new Map(locked?.questions.map((q) => [q.id, q]) ?? []);
  const ids = row.question_ids as string[];
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    title: row.title,
    role: row.role,
    questions: ids.map((questionId) => ({
      questionId,
      question: stripSource(frozen.get(questionId) ?? current.get(questionId) ?? null),
    })),
    timeBudgetMinutes: row.time_budget_minutes,
    passThreshold: row.pass_threshold,
    override: (row.override as { reason: string } | null) ?? null,
    candidateFeedback: row.candidate_feedback,
    rubricHash: row.rubric_hash,
    engineVersion: row.engine_version,
    lineageId: row.lineage_id,
    lineageNumber: row.lineage_number,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
  };
}

function stripSource(q: CatalogQuestion | null) {
  if (!q) return null;
  const { source: _source, ...question } = q;
  return question;
}

export const etagOf = (version: number): string => `"${version}"`;
