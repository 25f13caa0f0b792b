import type { Kysely } from 'kysely';
import type { Question } from '../core/bank/index.ts';
import type { PlannedQuestion } from '../core/interview/index.ts';
import type { Database } from '../db/index.ts';
import type { LockedScreen } from '../screens/screen-rows.ts';

/** What an interview needs of its published screen; frozen, so it is cached. */
export interface ScreenSnapshot {
  readonly id: string;
  readonly orgId: string;
  readonly title: string;
  readonly role: string;
  readonly lineageId: string;
  readonly lineageNumber: number;
  readonly rubricHash: string;
  readonly engineVersion: string;
  readonly passThreshold: number;
  readonly timeBudgetMinutes: number;
  /** Send the candidate feedback from the rubric at the end (frozen with the screen); absent means no. */
  readonly candidateFeedback?: boolean;
  readonly questions: readonly Question[];
}

const cache = new Map<string, ScreenSnapshot>();

/** The published screen of this organisation, or undefined (not found, or still a draft). */
export async function publishedScreen(db: Kysely<Database>, orgId: string, id: string): Promise<ScreenSnapshot | undefined> {
  const hit = cache.get(id);
  if (hit) return hit.orgId === orgId ? hit : undefined;
  const row = await db.selectFrom('screens').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!row || row.status !== 'published' || !row.locked || !row.rubric_hash) return undefined;
  const locked = row.locked as LockedScreen;
  const snapshot: ScreenSnapshot = {
    id: row.id, orgId: row.org_id, title: row.title, role: row.role, lineageId: row.lineage_id, lineageNumber: row.lineage_number,
    rubricHash: row.rubric_hash, engineVersion: row.engine_version ?? locked.engineVersion,
    passThreshold: locked.passThreshold, timeBudgetMinutes: locked.timeBudgetMinutes, candidateFeedback: row.candidate_feedback,
    questions: locked.questions.map(({ source: _source, ...q }) => q as Question),
  };
  if (cache.size > 1000) cache.clear();
  cache.set(id, snapshot);
  return snapshot;
}

/** The conductor's view of the screen's questions: text and follow-ups only. */
export function plannedQuestions(screen: ScreenSnapshot): PlannedQuestion[] {
  return screen.questions.map((q) => ({ id: q.id, text: q.text, followUps: q.followUps.map((f) => ({ id: f.id, gap: f.gap, prompt: f.prompt })) }));
}
