import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { InterviewState, Turn } from '../../core/interview/index.ts';
import type { Database } from '../schema.ts';
import { toRecord, withoutScores, type InterviewRecord, type Joined } from './interviews.ts';

/** The response stored under an Idempotency-Key in the same statement as the step. */
export interface StoredResponse {
  readonly scope: string;
  readonly key: string;
  readonly status: number;
  readonly body: unknown;
}

/**
 * Claims an Idempotency-Key (as `claimIdempotencyKey`'s first insert) and reads
 * the interview by token, in one statement. The claim commits with it, so a
 * duplicate request sees the key in flight exactly as before. `claimed` is
 * false when the key already existed: the caller then asks
 * `claimIdempotencyKey` what that means (replay, mismatch, in flight).
 */
export async function claimKeyAndFindByToken(
  db: Kysely<Database>,
  claim: { readonly scope: string; readonly key: string; readonly fingerprint: string },
  token: string,
): Promise<{ claimed: boolean; record: InterviewRecord | undefined }> {
  const { rows } = await sql<Joined & { claimed: number }>`
    with claim as (
      insert into idempotency_keys (scope, key, fingerprint, status) values (${claim.scope}, ${claim.key}, ${claim.fingerprint}, 'in_flight')
      on conflict (scope, key) do nothing
      returning key)
    select (select count(*) from claim)::int as claimed, i.*, inv.token, inv.revoked_at, inv.candidate_name, inv.candidate_email, inv.extra_time_factor
    from (select 1) as one
    left join (interviews i join invitations inv on inv.id = i.invitation_id) on inv.token = ${token}
  `.execute(db);
  const { claimed, ...row } = rows[0]!;
  return { claimed: claimed === 1, record: row.id ? toRecord(row as Joined) : undefined };
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

/**
 * Saves one step of an interview in ONE statement, with no transaction around
 * it and no lock held while the caller computed the step: a compare-and-swap
 * on the version read (`cas`), and, only if it won, the answered turn, the new
 * turn and the idempotent response. A single statement is atomic: it commits
 * all of it or nothing. Returns false when another writer got there first
 * (the caller reads again and recomputes).
 *
 * The answered turn keeps its guard (`answer_text is null`): if the swap won
 * but the turn was somehow already answered, the `guard` column divides by
 * zero, which aborts the statement and so undoes the swap too.
 */
export async function saveStepAtomically(
  db: Kysely<Database>,
  record: InterviewRecord,
  next: InterviewState,
  changes: TurnChanges,
  deadlineAt: Date | null,
  response: StoredResponse | null,
): Promise<boolean> {
  const now = new Date();
  const ctes: RawBuilder<unknown>[] = [sql`cas as (
    update interviews set status = ${next.status}, seq = ${next.seq}, version = ${record.row.version + 1},
      state = ${JSON.stringify(withoutScores(next))}::jsonb, deadline_at = ${deadlineAt}::timestamptz,
      started_at = ${next.startedAt === null ? null : new Date(next.startedAt)}::timestamptz,
      ended_at = ${next.endedAt === null ? null : new Date(next.endedAt)}::timestamptz, updated_at = ${now}::timestamptz
    where id = ${record.row.id} and version = ${record.row.version}
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
      where scope = ${response.scope} and key = ${response.key} and exists (select 1 from cas)
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
