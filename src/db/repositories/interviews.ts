import type { Selectable } from 'kysely';
import type { InterviewPlan, InterviewState, ScoreView, Turn } from '../../core/interview/index.ts';
import type { Db } from '../schema.ts';
import type { InterviewsTable } from '../tables/interviews.ts';

export type InterviewRow = Selectable<InterviewsTable>;

export interface InterviewRecord {
  readonly row: InterviewRow;
  readonly plan: InterviewPlan;
  readonly state: InterviewState;
  readonly invitation: {
    readonly id: string; readonly token: string; readonly revokedAt: Date | null; readonly name: string; readonly email: string; readonly extraTimeFactor: number;
    /** Who sent it: `user:<email>` or `key:<id>`. */
    readonly createdBy: string;
  };
}

function base(db: Db) {
  return db
    .selectFrom('interviews')
    .innerJoin('invitations', 'invitations.id', 'interviews.invitation_id')
    .selectAll('interviews')
    .select([
      'invitations.token', 'invitations.revoked_at', 'invitations.candidate_name',
      'invitations.candidate_email', 'invitations.extra_time_factor', 'invitations.created_by',
    ]);
}

export type Joined = InterviewRow & { token: string; revoked_at: Date | null; candidate_name: string; candidate_email: string; extra_time_factor: number; created_by: string };

/**
 * Plans by candidate token. A plan is frozen when its interview is created,
 * so a copy once read stays true, and the answer path need not read it
 * (~3.4 KB of JSON) again with every answer. Bounded: the oldest go first.
 */
const plans = new Map<string, InterviewPlan>();
const PLANS_KEPT = 4096;
/**
 * Question lists by their JSON. Every plan of a screen version carries the
 * same list (≈ 8 KB in memory per plan, measured), so each is kept once: a
 * full cache holds a few lists, not 4,096 copies of them.
 */
const questionLists = new Map<string, InterviewPlan['questions']>();
export const knownPlan = (token: string): InterviewPlan | undefined => plans.get(token);
function rememberPlan(token: string, plan: InterviewPlan) {
  if (plans.has(token)) return;
  const key = JSON.stringify(plan.questions);
  let questions = questionLists.get(key);
  if (questions === undefined) {
    questionLists.set(key, (questions = plan.questions));
    if (questionLists.size > PLANS_KEPT) questionLists.delete(questionLists.keys().next().value!);
  }
  plans.set(token, questions === plan.questions ? plan : { ...plan, questions });
  if (plans.size > PLANS_KEPT) plans.delete(plans.keys().next().value!);
}

export function toRecord(r: Joined): InterviewRecord {
  const { token, revoked_at, candidate_name, candidate_email, extra_time_factor, created_by, ...row } = r;
  rememberPlan(token, row.plan as InterviewPlan);
  return {
    row,
    plan: row.plan as InterviewPlan,
    state: row.state as InterviewState,
    invitation: { id: row.invitation_id, token, revokedAt: revoked_at, name: candidate_name, email: candidate_email, extraTimeFactor: extra_time_factor, createdBy: created_by },
  };
}

/**
 * The rows a step locks: the interview and its invitation. Both, so that a
 * step that waited for a revoke reads the revocation: under READ COMMITTED a
 * waiting `for update` re-reads only the rows it locks. Every locker names
 * them in this order, so two lockers cannot deadlock.
 */
export const STEP_LOCK = ['interviews', 'invitations'] as const;

/** Reads by the candidate's token; `forUpdate` locks the rows for the rest of the transaction. */
export async function findByToken(db: Db, token: string, forUpdate = false): Promise<InterviewRecord | undefined> {
  let q = base(db).where('invitations.token', '=', token);
  if (forUpdate) q = q.forUpdate(STEP_LOCK);
  const r = await q.executeTakeFirst();
  return r ? toRecord(r as Joined) : undefined;
}

export async function findById(db: Db, orgId: string, id: string, forUpdate = false): Promise<InterviewRecord | undefined> {
  let q = base(db).where('interviews.org_id', '=', orgId).where('interviews.id', '=', id);
  if (forUpdate) q = q.forUpdate(STEP_LOCK);
  const r = await q.executeTakeFirst();
  return r ? toRecord(r as Joined) : undefined;
}

export async function insertInterview(tx: Db, values: { id: string; orgId: string; invitationId: string; screenId: string; plan: InterviewPlan; state: InterviewState }) {
  await tx
    .insertInto('interviews')
    .values({
      id: values.id, org_id: values.orgId, invitation_id: values.invitationId, screen_id: values.screenId,
      status: values.state.status, plan: JSON.stringify(values.plan), state: JSON.stringify(values.state), updated_at: new Date(),
    })
    .execute();
}

/**
 * Saves a new state with a compare-and-swap on the version read, and writes
 * the turns that changed. Returns false when another writer got there first.
 */
export async function saveState(
  tx: Db,
  record: InterviewRecord,
  next: InterviewState,
  deadlineAt: Date | null,
): Promise<boolean> {
  const r = await tx
    .updateTable('interviews')
    .set({
      status: next.status, seq: next.seq, version: record.row.version + 1, state: JSON.stringify(withoutScores(next)), deadline_at: deadlineAt,
      started_at: next.startedAt === null ? null : new Date(next.startedAt),
      ended_at: next.endedAt === null ? null : new Date(next.endedAt), updated_at: new Date(),
    })
    .where('id', '=', record.row.id)
    .where('version', '=', record.row.version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await writeTurns(tx, record.row.id, record.state.turns, next.turns);
  return true;
}

async function writeTurns(tx: Db, interviewId: string, before: readonly Turn[], after: readonly Turn[]) {
  for (const turn of after) {
    const old = before[turn.seq - 1];
    if (!old) {
      await tx.insertInto('turns').values({
        interview_id: interviewId, seq: turn.seq, kind: turn.kind, question_index: turn.questionIndex, question_id: turn.questionId,
        follow_up_id: turn.followUpId, prompt: turn.prompt, asked_at: new Date(turn.askedAt), ...answerColumns(turn),
      }).execute();
    } else if (!old.answer && turn.answer) {
      // The guard `answer_text is null` makes a second answer to a turn impossible even if a bug tried.
      const r = await tx.updateTable('turns').set(answerColumns(turn)).where('interview_id', '=', interviewId)
        .where('seq', '=', turn.seq).where('answer_text', 'is', null).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new Error(`turn ${turn.seq} of ${interviewId} was already answered`);
    }
  }
}

function answerColumns(turn: Turn) {
  return turn.answer
    ? { answer_text: turn.answer.text, answered_at: new Date(turn.answer.answeredAt), late: turn.answer.late, score: JSON.stringify(turn.answer.score) }
    : {};
}

/**
 * The state row stays small: each answer's score lives in its turn row
 * (`turns.score`), written once, and is read back only for a report.
 */
export function withoutScores(state: InterviewState): InterviewState {
  return { ...state, turns: state.turns.map((t) => (t.answer ? { ...t, answer: { ...t.answer, score: null } } : t)) };
}

/** Puts the scores stored in the turn rows back into a state read from the interview row. */
export async function withScores<S extends ScoreView>(db: Db, interviewId: string, state: InterviewState<S>): Promise<InterviewState<S>> {
  const rows = await db.selectFrom('turns').select(['seq', 'score']).where('interview_id', '=', interviewId).where('score', 'is not', null).execute();
  const bySeq = new Map(rows.map((r) => [r.seq, r.score as S]));
  return {
    ...state,
    turns: state.turns.map((t) => (t.answer && t.answer.score === null && bySeq.has(t.seq) ? { ...t, answer: { ...t.answer, score: bySeq.get(t.seq)! } } : t)),
  };
}

/**
 * The interview side of a revoke: the version moves on, so that a lock-free
 * step computed before it loses its compare-and-swap and reads again; the
 * deadline goes, so the sweeper leaves the interview alone.
 */
export async function markWithdrawn(tx: Db, interviewId: string): Promise<void> {
  await tx.updateTable('interviews').set((eb) => ({ version: eb('version', '+', 1), deadline_at: null, updated_at: new Date() })).where('id', '=', interviewId).execute();
}

/** In-progress interviews whose deadline (plus grace) has passed, for the sweeper: the longest overdue first. */
export async function overdueInterviews(db: Db, cutoff: Date, limit = 50): Promise<{ id: string; org_id: string }[]> {
  return db.selectFrom('interviews').select(['id', 'org_id']).where('status', '=', 'in_progress').where('deadline_at', '<', cutoff)
    .orderBy('deadline_at').limit(limit).execute();
}
