import type { Selectable, Transaction } from 'kysely';
import type { Database, Db } from '../schema.ts';
import type { FaqItemRow, InterviewRatingsTable, ScreenFaqsTable } from '../tables/candidate-trust.ts';

export type FaqRow = Selectable<ScreenFaqsTable>;
export type RatingRow = Selectable<InterviewRatingsTable>;

export async function findFaq(db: Db, orgId: string, lineageId: string): Promise<FaqRow | undefined> {
  return db.selectFrom('screen_faqs').selectAll().where('org_id', '=', orgId).where('lineage_id', '=', lineageId).executeTakeFirst();
}

/**
 * Saves the answers with a compare-and-swap on the version read: version 0
 * creates the row (a concurrent first save loses on the primary key), any
 * other version updates only that version. Undefined means someone else won.
 */
export async function saveFaq(
  tx: Transaction<Database>,
  input: { orgId: string; lineageId: string; expectedVersion: number; items: readonly FaqItemRow[]; actor: string },
): Promise<FaqRow | undefined> {
  const values = { items: JSON.stringify(input.items), updated_by: input.actor, updated_at: new Date() };
  if (input.expectedVersion === 0) {
    return tx
      .insertInto('screen_faqs')
      .values({ org_id: input.orgId, lineage_id: input.lineageId, version: 1, ...values })
      .onConflict((oc) => oc.columns(['org_id', 'lineage_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }
  return tx
    .updateTable('screen_faqs')
    .set({ version: input.expectedVersion + 1, ...values })
    .where('org_id', '=', input.orgId)
    .where('lineage_id', '=', input.lineageId)
    .where('version', '=', input.expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export async function auditFaq(tx: Transaction<Database>, orgId: string, screenId: string, actor: string, changes: unknown): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({ org_id: orgId, entity: 'screen', entity_id: screenId, actor, action: 'faq-updated', changes: JSON.stringify(changes) })
    .execute();
}

export async function insertFeedback(tx: Db, input: { interviewId: string; orgId: string; strengths: readonly string[]; gaps: readonly string[] }): Promise<void> {
  await tx
    .insertInto('candidate_feedback')
    .values({ interview_id: input.interviewId, org_id: input.orgId, strengths: JSON.stringify(input.strengths), gaps: JSON.stringify(input.gaps) })
    .onConflict((oc) => oc.column('interview_id').doNothing())
    .execute();
}

export async function findFeedback(db: Db, interviewId: string): Promise<{ strengths: string[]; gaps: string[] } | undefined> {
  const row = await db.selectFrom('candidate_feedback').select(['strengths', 'gaps']).where('interview_id', '=', interviewId).executeTakeFirst();
  return row ? { strengths: row.strengths, gaps: row.gaps } : undefined;
}

/** One rating per interview: the first insert wins, a later one returns undefined. */
export async function insertRating(
  db: Db,
  input: { interviewId: string; orgId: string; screenId: string; stars: number; comment: string | null },
): Promise<RatingRow | undefined> {
  return db
    .insertInto('interview_ratings')
    .values({ interview_id: input.interviewId, org_id: input.orgId, screen_id: input.screenId, stars: input.stars, comment: input.comment })
    .onConflict((oc) => oc.column('interview_id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findRating(db: Db, interviewId: string): Promise<RatingRow | undefined> {
  return db.selectFrom('interview_ratings').selectAll().where('interview_id', '=', interviewId).executeTakeFirst();
}

export async function ratingsOfScreen(db: Db, orgId: string, screenId: string): Promise<RatingRow[]> {
  return db
    .selectFrom('interview_ratings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('screen_id', '=', screenId)
    .orderBy('created_at', 'desc')
    .orderBy('interview_id')
    .execute();
}
