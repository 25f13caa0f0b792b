import { sql, type Kysely, type RawBuilder } from 'kysely';
import { batched, batchSlotsOf, perDatabase } from '../batcher.ts';
import { valuesList, type Column } from '../values-list.ts';
import type { InterviewState, Turn } from '../../core/interview/index.ts';
import type { Database, Db } from '../schema.ts';
import type { KeyHold } from './idempotency.ts';
import { knownPlan, toRecord, withoutScores, type InterviewRecord, type Joined } from './interviews.ts';

/**
 * The response stored under an Idempotency-Key in the same statement as the
 * step; the step is saved only while `owner` still holds the key, so a slow
 * request whose key was taken over cannot record its answer beside its taker's.
 */
export interface StoredResponse extends KeyHold {
  readonly status: number;
  readonly body: unknown;
}

interface ClaimInput extends KeyHold {
  readonly fingerprint: string;
  readonly token: string;
}
interface ClaimOutput {
  readonly claimed: boolean;
  readonly record: InterviewRecord | undefined;
}

/**
 * Claims an Idempotency-Key (as `claimIdempotencyKey`'s first insert) and reads
 * the interview by token, in one statement. The claim commits with it, so a
 * duplicate request sees the key in flight exactly as before. `claimed` is
 * false when the key already existed: the caller then asks
 * `claimIdempotencyKey` what that means (replay, mismatch, in flight).
 * Concurrent calls share one statement (src/db/batcher.ts).
 */
export function claimKeyAndFindByToken(db: Kysely<Database>, claim: KeyHold & { readonly fingerprint: string }, token: string): Promise<ClaimOutput> {
  return claimBatcher(db)({ scope: claim.scope, key: claim.key, owner: claim.owner, fingerprint: claim.fingerprint, token });
}

const claimBatcher = perDatabase((db: Kysely<Database>) =>
  batched((items: readonly ClaimInput[]) => claimKeysAndFindByTokens(db, items), {
    maxInFlight: batchSlotsOf(db), maxBatch: MAX_BATCH, conflictKey: (c) => `${c.scope}\0${c.key}`,
  }));

/** Calls per batched statement at most: bounds a statement's size and the time its locks are held. */
const MAX_BATCH = 64;

/** The columns of `interviews` but `plan`, which is sent only when this process does not know it yet. */
const INTERVIEW_COLUMNS = sql.raw(['id', 'org_id', 'invitation_id', 'screen_id', 'status', 'seq', 'version', 'state', 'deadline_at', 'started_at', 'ended_at', 'created_at', 'updated_at'].map((c) => `i.${c}`).join(', '));

const CLAIM_COLUMNS: readonly Column[] = [['n', 'int'], ['scope', 'text'], ['key', 'text'], ['owner', 'text'], ['fingerprint', 'text'], ['token', 'text'], ['with_plan', 'boolean']];

async function claimKeysAndFindByTokens(db: Kysely<Database>, claims: readonly ClaimInput[]): Promise<ClaimOutput[]> {
  const known = claims.map((c) => knownPlan(c.token));
  const input = claims.map((c, n) => ({ n, scope: c.scope, key: c.key, owner: c.owner, fingerprint: c.fingerprint, token: c.token, with_plan: known[n] === undefined }));
  // Keys are inserted in one order (scope, key) by every batch, so two
  // batches (of two instances) cannot deadlock on them.
  const { rows } = await sql<Joined & { n: number; claimed: boolean }>`
    with input as (select * from ${valuesList('t', CLAIM_COLUMNS, input)}),
    claim as (
      insert into idempotency_keys (scope, key, fingerprint, status, owner)
      select scope, key, fingerprint, 'in_flight', owner from input order by scope, key
      on conflict (scope, key) do nothing
      returning scope, key)
    select input.n, exists (select 1 from claim c where c.scope = input.scope and c.key = input.key) as claimed,
      ${INTERVIEW_COLUMNS}, case when input.with_plan then i.plan end as plan,
      inv.token, inv.revoked_at, inv.candidate_name, inv.candidate_email, inv.extra_time_factor, inv.created_by
    from input
    left join (interviews i join invitations inv on inv.id = i.invitation_id) on inv.token = input.token
  `.execute(db);
  const out: ClaimOutput[] = new Array(claims.length);
  for (const { n, claimed, ...row } of rows) {
    out[n] = { claimed, record: row.id ? toRecord({ ...row, plan: row.plan ?? known[n] } as Joined) : undefined };
  }
  return out;
}

/** What a step changes in the turn rows: at most one turn answered and one asked. */
export interface TurnChanges {
  readonly answered: Turn | null;
  readonly asked: Turn | null;
}

/**
 * The turn rows a step changes, or null when the step changes more than one
 * of each (then the caller takes the locked path, which writes any diff).
 */
export function turnChanges(before: readonly Turn[], after: readonly Turn[]): TurnChanges | null {
  const answered = after.filter((t) => before[t.seq - 1] && !before[t.seq - 1]!.answer && t.answer);
  const asked = after.filter((t) => !before[t.seq - 1]);
  if (answered.length > 1 || asked.length > 1) return null;
  return { answered: answered[0] ?? null, asked: asked[0] ?? null };
}

/** One step to save: the row as read, what it becomes, and the response to keep with it. */
export interface StepInput {
  readonly record: InterviewRecord;
  readonly next: InterviewState;
  readonly changes: TurnChanges;
  readonly deadlineAt: Date | null;
  readonly response: StoredResponse | null;
}

/**
 * Saves one step of an interview in ONE statement, with no transaction around
 * it and no lock held while the caller computed the step: a compare-and-swap
 * on the version read, and, only if it won, the answered turn, the new turn
 * and the idempotent response. A single statement is atomic: it commits all
 * of it or nothing. Returns false when another writer got there first (the
 * caller reads again and recomputes). Outside a transaction, concurrent steps
 * (of different interviews) share one statement (src/db/batcher.ts).
 */
export async function saveStepAtomically(
  db: Db,
  record: InterviewRecord,
  next: InterviewState,
  changes: TurnChanges,
  deadlineAt: Date | null,
  response: StoredResponse | null,
): Promise<boolean> {
  const step: StepInput = { record, next, changes, deadlineAt, response };
  if (db.isTransaction) return saveOneStep(db, step);
  return saveBatcher(db as Kysely<Database>)(step);
}

const saveBatcher = perDatabase((db: Kysely<Database>) =>
  batched((steps: readonly StepInput[]) => saveSteps(db, steps), { maxInFlight: batchSlotsOf(db), maxBatch: MAX_BATCH, conflictKey: (s) => s.record.row.id }));

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** A step as one row of the statement's input. */
function stepRow(s: StepInput, n: number) {
  const { next, changes, response } = s;
  const a = changes.answered?.answer;
  const t = changes.asked;
  return {
    n, id: s.record.row.id, version: s.record.row.version, status: next.status, seq: next.seq, state: withoutScores(next),
    deadline_at: s.deadlineAt?.toISOString() ?? null, started_at: iso(next.startedAt), ended_at: iso(next.endedAt),
    ...(changes.answered && a ? { a_seq: changes.answered.seq, a_text: a.text, a_at: iso(a.answeredAt), a_late: a.late, a_score: a.score } : {}),
    ...(t ? {
      q_seq: t.seq, q_kind: t.kind, q_index: t.questionIndex, q_id: t.questionId, q_follow_up_id: t.followUpId, q_prompt: t.prompt, q_at: iso(t.askedAt),
      q_a_text: t.answer?.text ?? null, q_a_at: iso(t.answer?.answeredAt), q_a_late: t.answer?.late ?? false, q_a_score: t.answer?.score ?? null,
    } : {}),
    ...(response ? { r_scope: response.scope, r_key: response.key, r_owner: response.owner, r_status: response.status, r_body: response.body } : {}),
  };
}

const STEP_COLUMNS: readonly Column[] = (
  [['n', 'int'], ['id', 'text'], ['version', 'int'], ['status', 'text'], ['seq', 'int'], ['state', 'jsonb'],
    ['deadline_at', 'timestamptz'], ['started_at', 'timestamptz'], ['ended_at', 'timestamptz'],
    ['a_seq', 'int'], ['a_text', 'text'], ['a_at', 'timestamptz'], ['a_late', 'boolean'], ['a_score', 'jsonb'],
    ['q_seq', 'int'], ['q_kind', 'text'], ['q_index', 'int'], ['q_id', 'text'], ['q_follow_up_id', 'text'], ['q_prompt', 'text'], ['q_at', 'timestamptz'],
    ['q_a_text', 'text'], ['q_a_at', 'timestamptz'], ['q_a_late', 'boolean'], ['q_a_score', 'jsonb'],
    ['r_scope', 'text'], ['r_key', 'text'], ['r_owner', 'text'], ['r_status', 'int'], ['r_body', 'jsonb']] as const);

/**
 * The steps' statement. Each step's turn and response are written only if its
 * swap won. A won swap whose answered turn was somehow already answered (a
 * bug) makes the guard divide by zero, which aborts the statement and so
 * undoes every swap in it; alone again (the batcher's retry) only that step fails.
 */
export async function saveSteps(db: Db, steps: readonly StepInput[]): Promise<boolean[]> {
  if (steps.length === 1) return [await saveOneStep(db, steps[0]!)];
  const input = valuesList('t', STEP_COLUMNS, steps.map(stepRow));
  const { rows } = await sql<{ n: number; saved: boolean }>`
    with input as (select * from ${input}),
    cas as (
      update interviews i set status = input.status, seq = input.seq, version = input.version + 1, state = input.state,
        deadline_at = input.deadline_at, started_at = input.started_at, ended_at = input.ended_at, updated_at = now()
      from input where i.id = input.id and i.version = input.version
        and (input.r_key is null or exists (
          select 1 from idempotency_keys k where k.scope = input.r_scope and k.key = input.r_key and k.owner = input.r_owner and k.status = 'in_flight'))
      returning input.n),
    won as (select input.* from input join cas on cas.n = input.n),
    answered as (
      update turns t set answer_text = won.a_text, answered_at = won.a_at, late = won.a_late, score = won.a_score
      from won where won.a_seq is not null and t.interview_id = won.id and t.seq = won.a_seq and t.answer_text is null
      returning won.n),
    asked as (
      insert into turns (interview_id, seq, kind, question_index, question_id, follow_up_id, prompt, asked_at, answer_text, answered_at, late, score)
      select id, q_seq, q_kind, q_index, q_id, q_follow_up_id, q_prompt, q_at, q_a_text, q_a_at, q_a_late, q_a_score
      from won where q_seq is not null
      returning seq),
    done as (
      update idempotency_keys k set status = 'done', response_status = won.r_status, response_body = won.r_body, completed_at = now()
      from won where won.r_key is not null and k.scope = won.r_scope and k.key = won.r_key and k.owner = won.r_owner
      returning won.n),
    guard as (
      select 1 / (case when count(*) filter (where a_seq is not null) = (select count(*) from answered) then 1 else 0 end) as ok from won)
    select input.n, exists (select 1 from cas where cas.n = input.n) as saved
    from input, guard where guard.ok = 1
  `.execute(db);
  const saved = new Array<boolean>(steps.length).fill(false);
  for (const r of rows) saved[r.n] = r.saved;
  return saved;
}

/**
 * One step alone (no queue: the usual case below saturation) in a statement
 * with only the parts it needs and no input list to join: PostgreSQL plans
 * and runs it in 0.71 ms where the batch statement takes 1.16 ms for one row
 * (pg_stat_statements, bench/RESULTS.md). The answered turn keeps its guard
 * (`answer_text is null`) as in the batch statement.
 */
async function saveOneStep(db: Db, { record, next, changes, deadlineAt, response }: StepInput): Promise<boolean> {
  const now = new Date();
  const ctes: RawBuilder<unknown>[] = [sql`cas as (
    update interviews set status = ${next.status}, seq = ${next.seq}, version = ${record.row.version + 1},
      state = ${JSON.stringify(withoutScores(next))}::jsonb, deadline_at = ${deadlineAt}::timestamptz,
      started_at = ${next.startedAt === null ? null : new Date(next.startedAt)}::timestamptz,
      ended_at = ${next.endedAt === null ? null : new Date(next.endedAt)}::timestamptz, updated_at = ${now}::timestamptz
    where id = ${record.row.id} and version = ${record.row.version}${response ? sql`
      and exists (select 1 from idempotency_keys where scope = ${response.scope} and key = ${response.key} and owner = ${response.owner} and status = 'in_flight')` : sql``}
    returning id)`];
  const a = changes.answered?.answer;
  if (changes.answered && a) {
    ctes.push(sql`answered as (
      update turns set answer_text = ${a.text}, answered_at = ${new Date(a.answeredAt)}::timestamptz, late = ${a.late}::boolean,
        score = ${JSON.stringify(a.score)}::jsonb
      where interview_id = (select id from cas) and seq = ${changes.answered.seq}::int and answer_text is null
      returning seq)`);
  }
  const t = changes.asked;
  if (t) {
    const ans = t.answer;
    ctes.push(sql`asked as (
      insert into turns (interview_id, seq, kind, question_index, question_id, follow_up_id, prompt, asked_at, answer_text, answered_at, late, score)
      select id, ${t.seq}::int, ${t.kind}::text, ${t.questionIndex}::int, ${t.questionId}::text, ${t.followUpId}::text, ${t.prompt}::text,
        ${new Date(t.askedAt)}::timestamptz, ${ans?.text ?? null}::text, ${ans ? new Date(ans.answeredAt) : null}::timestamptz,
        ${ans?.late ?? false}::boolean, ${ans ? JSON.stringify(ans.score) : null}::jsonb
      from cas
      returning seq)`);
  }
  if (response) {
    ctes.push(sql`done as (
      update idempotency_keys set status = 'done', response_status = ${response.status}::int,
        response_body = ${JSON.stringify(response.body)}::jsonb, completed_at = ${now}::timestamptz
      where scope = ${response.scope} and key = ${response.key} and owner = ${response.owner} and exists (select 1 from cas)
      returning key)`);
  }
  const guard = changes.answered ? sql`1 / (1 - (select count(*) from cas) + (select count(*) from answered))::int` : sql`1`;
  try {
    const { rows } = await sql<{ saved: number }>`with ${sql.join(ctes)} select (select count(*) from cas)::int as saved, ${guard} as guard`.execute(db);
    return rows[0]!.saved === 1;
  } catch (error) {
    if ((error as { code?: string }).code === '22012') {
      throw new Error(`turn ${changes.answered?.seq} of ${record.row.id} was already answered`, { cause: error });
    }
    throw error;
  }
}
