import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import { newId } from '../auth/secrets.ts';
import { inTransaction, type Database, type Db } from '../db/index.ts';
import type { ScreensTable } from '../db/tables/foundation.ts';
import type { ScreenCreate } from '../schemas/screen.ts';
import type { ScreenRow } from './screen-rows.ts';

export type WriteOutcome =
  | { readonly ok: true; readonly row: ScreenRow }
  | { readonly ok: false; readonly reason: 'not_found' | 'locked' | 'stale'; readonly current?: ScreenRow };

export async function findScreen(db: Db, orgId: string, id: string): Promise<ScreenRow | undefined> {
  return db.selectFrom('screens').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listScreens(db: Db, orgId: string): Promise<ScreenRow[]> {
  return db.selectFrom('screens').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').orderBy('id').execute();
}

/** What a screen says, as columns: written when it is created and when its draft is edited. */
function contentColumns(screen: ScreenCreate) {
  return {
    title: screen.title,
    role: screen.role,
    question_ids: JSON.stringify(screen.questions.map((q) => q.questionId)),
    time_budget_minutes: screen.timeBudgetMinutes,
    pass_threshold: screen.passThreshold,
    override: JSON.stringify(screen.override ?? null),
    candidate_feedback: screen.candidateFeedback ?? false,
  };
}

export async function insertScreen(
  db: Kysely<Database>,
  orgId: string,
  actor: string,
  input: ScreenCreate,
  lineage?: { id: string; number: number },
): Promise<ScreenRow> {
  return inTransaction(db, async (tx) => {
    const id = newId('scr');
    const row = await tx
      .insertInto('screens')
      .values({
        id,
        org_id: orgId,
        lineage_id: lineage?.id ?? id,
        lineage_number: lineage?.number ?? 1,
        version: 1,
        status: 'draft',
        ...contentColumns(input),
        created_by: actor,
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, orgId, id, actor, lineage ? 'version-created' : 'created', { ...input, ...(lineage ? { from: lineage } : {}) });
    return row;
  });
}

export async function updateDraft(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  expectedVersion: number,
  next: ScreenCreate,
  actor: string,
  changes: Record<string, unknown>,
): Promise<WriteOutcome> {
  return swapDraft(db, { orgId, id, expectedVersion, actor }, contentColumns(next), 'updated', changes);
}

export async function publishDraft(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  expectedVersion: number,
  locked: unknown,
  rubricHash: string,
  engineVersion: string,
  actor: string,
): Promise<WriteOutcome> {
  const set = {
    status: 'published' as const,
    locked: JSON.stringify(locked),
    rubric_hash: rubricHash,
    engine_version: engineVersion,
    published_at: new Date(),
  };
  return swapDraft(db, { orgId, id, expectedVersion, actor }, set, 'published', { rubricHash, engineVersion });
}

/**
 * A compare-and-swap on the version: the change applies only to the draft
 * the caller last read, and is audited in the same transaction. Zero rows
 * updated means someone else got there first (or the screen is published,
 * or not this organisation's).
 */
async function swapDraft(
  db: Kysely<Database>,
  target: { orgId: string; id: string; expectedVersion: number; actor: string },
  set: Updateable<ScreensTable>,
  action: string,
  changes: unknown,
): Promise<WriteOutcome> {
  const { orgId, id, expectedVersion, actor } = target;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('screens')
      .set({ ...set, version: expectedVersion + 1, updated_at: new Date() })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'draft')
      .returningAll()
      .executeTakeFirst();
    if (!row) return whyNot(tx, orgId, id);
    await audit(tx, orgId, id, actor, action, changes);
    return { ok: true, row };
  });
}

/**
 * A new draft numbered next in its lineage. Two editors may branch at once:
 * the lineage's lock makes the second wait and number after the first.
 */
export async function insertNextVersion(db: Kysely<Database>, orgId: string, actor: string, lineageId: string, input: ScreenCreate): Promise<ScreenRow> {
  return inTransaction(db, async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`lineage:${lineageId}`}, 0))`.execute(tx);
    const row = await tx.selectFrom('screens').select((eb) => eb.fn.max('lineage_number').as('n')).where('lineage_id', '=', lineageId).executeTakeFirst();
    return insertScreen(tx, orgId, actor, input, { id: lineageId, number: Number(row?.n ?? 0) + 1 });
  });
}

export async function readAudit(db: Db, orgId: string, entityIds: readonly string[]) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('entity', '=', 'screen')
    .where('entity_id', 'in', entityIds)
    .orderBy('id')
    .execute();
}

async function whyNot(tx: Transaction<Database>, orgId: string, id: string): Promise<WriteOutcome> {
  const current = await findScreen(tx, orgId, id);
  if (!current) return { ok: false, reason: 'not_found' };
  if (current.status === 'published') return { ok: false, reason: 'locked', current };
  return { ok: false, reason: 'stale', current };
}

async function audit(tx: Db, orgId: string, id: string, actor: string, action: string, changes: unknown) {
  await tx
    .insertInto('audit_log')
    .values({ org_id: orgId, entity: 'screen', entity_id: id, actor, action, changes: JSON.stringify(changes) })
    .execute();
}
