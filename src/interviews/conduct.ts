import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  deadlineOf,
  observe,
  startInterview,
  submitAnswer,
  type ConductorError,
  type InterviewPlan,
  type InterviewState,
  type Result,
  type ScoreAnswer,
  type Transition,
} from '../core/interview/index.ts';
import type { ScoreInput, ScoreResult, Scorer } from '../core/scoring/index.ts';
import type { Database } from '../db/index.ts';
import {
  claimIdempotencyKey, holdsKey, releaseIdempotencyKey, tryCompleteIdempotencyKey, whatTheKeySays, type IdempotencyClaim, type KeyHold,
} from '../db/repositories/idempotency.ts';
import { claimKeyAndFindByToken, saveStepAtomically, turnChanges, type StoredResponse } from '../db/repositories/interview-steps.ts';
import { findById, findByToken, saveState, withScores, type InterviewRecord } from '../db/repositories/interviews.ts';
import { notifyOutboxWritten } from '../outbox/notify.ts';
import { publishInterviewEvents } from './events.ts';
import { issueReport } from './issue-report.ts';
import { tellInviterReportReady } from './report-ready.ts';
import { conductorScorer } from './scoring.ts';
import type { ScoringPool } from './scoring-pool.ts';
import { publishedScreen, type ScreenSnapshot } from './screen-snapshot.ts';
import { candidateView, type CandidateView } from './candidate-view.ts';
import { issueCandidateFeedback, withTrust, type JustCompleted } from './candidate-trust.ts';
import type { Report } from './report-builder.ts';

export interface ConductDeps {
  readonly db: Kysely<Database>;
  readonly scorer: Scorer;
  /** The server clock, in ms; tests pass their own. */
  readonly now: () => number;
  /** When set, the lock-free path scores here, off the event loop; the locked path reuses that score. */
  readonly scoringPool?: ScoringPool;
  /** Where the console is reached, for the link in the "report ready" email. */
  readonly publicUrl: string;
}

export type ConductError = ConductorError | { readonly kind: 'not_found' } | { readonly kind: 'revoked' };

export type ConductOutcome =
  | { readonly ok: true; readonly view: CandidateView }
  | { readonly ok: false; readonly error: ConductError; readonly view: CandidateView | null };

type Action = (plan: InterviewPlan, state: InterviewState<ScoreResult>, now: number, score: ScoreAnswer<ScoreResult>) => Result<Transition<ScoreResult>, ConductorError>;

/** The answer path's Idempotency-Key: its response is stored in the transaction that commits the step. */
interface Respond {
  readonly hold: KeyHold;
  readonly store: ResponseStore;
}

/** Where an answer's response is kept for its Idempotency-Key, committed with the answer itself. */
export interface ResponseStore {
  readonly scope: string;
  readonly key: string;
  /** Of the request (seq and text), to tell a retry from a reuse of the key. */
  readonly fingerprint: string;
  readonly responseOf: (outcome: ConductOutcome) => { status: number; body: unknown };
}

/** Scores remembered within one request, by their inputs: a retried step does not score twice. */
type ScoreMemo = Map<string, ScoreResult>;

/** An answer's result: its outcome, or, when the key was not this request's to claim, what the key says. */
export type AnswerResult =
  | { readonly claim: { readonly kind: 'owner' }; readonly outcome: ConductOutcome }
  | { readonly claim: Exclude<IdempotencyClaim, { kind: 'owner' }> };

export const viewInterview = (deps: ConductDeps, token: string) => run(deps, token, null);
export const startByToken = (deps: ConductDeps, token: string) =>
  run(deps, token, (plan, state, now) => startInterview(plan, state, now));

/**
 * An answer, under its Idempotency-Key. The key is claimed in the statement
 * that reads the interview. The common step (an answer that asks the next
 * turn) is computed with no lock held and no transaction open, scoring
 * included, and saved in one statement with a compare-and-swap on the version
 * read; a lost race reads again. A step with events, or the one that ends the
 * interview (which issues the report in the same transaction), takes the
 * locked path below, reusing the score already computed. If anything throws,
 * the key is released so that a retry can run. Everything is done as this
 * request's hold on the key: if the key was taken over meanwhile (this
 * request was slower than ABANDONED_AFTER_MS), nothing of it is saved, and it
 * answers what the key says, like any other request with that key.
 */
export async function answerByToken(deps: ConductDeps, token: string, input: { seq: number; text: string }, store: ResponseStore): Promise<AnswerResult> {
  // The answer is on time if it arrived on time: every attempt below judges it at its arrival, not after scoring or a lock wait.
  const arrivedAt = deps.now();
  deps = { ...deps, now: () => arrivedAt };
  const hold: KeyHold = { scope: store.scope, key: store.key, owner: randomUUID() };
  const first = await claimKeyAndFindByToken(deps.db, { ...hold, fingerprint: store.fingerprint }, token);
  let record: InterviewRecord | undefined | null = first.record;
  if (!first.claimed) {
    const claim = await claimIdempotencyKey(deps.db, hold, store.fingerprint);
    if (claim.kind !== 'owner') return { claim };
    record = null; // taken over from an abandoned request: read afresh
  }
  const keyNow = async (): Promise<AnswerResult> => ({ claim: (await whatTheKeySays(deps.db, store.scope, store.key, store.fingerprint)) ?? { kind: 'in_flight' } });
  try {
    const action: Action = (plan, state, now, score) => submitAnswer(plan, state, input, now, score);
    const memo: ScoreMemo = new Map();
    for (let attempt = 0; attempt < 3; attempt++, record = null) {
      const r = await stepWithoutLock(deps, token, record, action, memo, store, hold);
      if (r === 'locked') break;
      if (r === 'lost') return await keyNow();
      if (r !== 'retry') return { claim: { kind: 'owner' }, outcome: r };
    }
    const outcome = await run(deps, token, action, { hold, store }, memo);
    return { claim: { kind: 'owner' }, outcome };
  } catch (error) {
    if (error instanceof KeyLost) return await keyNow();
    await releaseIdempotencyKey(deps.db, hold);
    throw error;
  }
}

/** Thrown in a step's transaction when the request's key is no longer its own: the step rolls back. */
class KeyLost extends Error {}

/** `known`: the record as just read (undefined: no such token), or null to read it now. */
async function stepWithoutLock(
  deps: ConductDeps, token: string, known: InterviewRecord | undefined | null, action: Action, memo: ScoreMemo, store: ResponseStore, hold: KeyHold,
): Promise<ConductOutcome | 'retry' | 'locked' | 'lost'> {
  const record = known === null ? await findByToken(deps.db, token) : known;
  if (!record) {
    const outcome: ConductOutcome = { ok: false, error: { kind: 'not_found' }, view: null };
    return (await storeResponse(deps.db, store, hold, outcome)) ? outcome : 'lost';
  }
  const screen = await mustScreen(deps.db, record);
  const d = await decideScoringInPool(deps, record, screen, action, memo);
  if (d.next === record.state) return (await storeResponse(deps.db, store, hold, d.outcome)) ? d.outcome : 'lost';
  const changes = turnChanges(record.state.turns, d.next.turns);
  if (d.events.length > 0 || d.next.status === 'completed' || !changes) return 'locked';
  const response = { ...hold, ...store.responseOf(d.outcome) };
  const saved = await saveStepAtomically(deps.db, record, d.next, changes, deadlineAt(record, d.next), response);
  // The swap fails on a newer version (read again) or on a key that is not this request's anymore.
  if (saved) return d.outcome;
  return (await holdsKey(deps.db, hold)) ? 'retry' : 'lost';
}

/** Stores the outcome's response under the request's key; false if the key is not the request's anymore. */
const storeResponse = (db: Kysely<Database>, store: ResponseStore, hold: KeyHold, outcome: ConductOutcome) => {
  const r = store.responseOf(outcome);
  return tryCompleteIdempotencyKey(db, hold, r.status, r.body);
};

/**
 * One step of an interview, serialised per interview by a row lock: read the
 * state, let time pass (expiry), apply the action, save with a version check,
 * and in the same transaction write the webhooks and, at the end, the report.
 */
async function run(deps: ConductDeps, token: string, action: Action | null, respond?: Respond, memo: ScoreMemo = new Map()): Promise<ConductOutcome> {
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const record = await findByToken(tx, token, true);
    if (!record) {
      const missing: ConductOutcome = { ok: false, error: { kind: 'not_found' }, view: null };
      if (respond) await storeOrLose(tx, respond, missing);
      return missing;
    }
    return step(deps, tx, record, action, memo, respond);
  });
  notifyOutboxWritten();
  return outcome;
}

/**
 * The effects (webhooks, and at the end the report, emails and feedback)
 * are written first and the step itself last, so that the answer path's
 * response, which shows some of them, goes in the step's own statement.
 * All of it is one transaction under the row lock: the order is not visible.
 */
async function step(deps: ConductDeps, tx: Transaction<Database>, record: InterviewRecord, action: Action | null, memo: ScoreMemo = new Map(), respond?: Respond) {
  const screen = await mustScreen(tx, record);
  const d = decide(deps, record, screen, action, memo);
  const changed = d.next !== record.state;
  const justCompleted = changed ? await writeEffects(deps, tx, record, screen, d.next, d.events) : undefined;
  const outcome = await withTrust(tx, record, screen, d.outcome, action === null, justCompleted);
  if (changed) await saveStep(tx, record, d.next, respond && { ...respond.hold, ...respond.store.responseOf(outcome) });
  else if (respond) await storeOrLose(tx, respond, outcome);
  return outcome;
}

/** Stores the response under the request's key, or undoes the transaction if the key is no longer the request's. */
async function storeOrLose(tx: Transaction<Database>, respond: Respond, outcome: ConductOutcome): Promise<void> {
  if (!(await storeResponse(tx, respond.store, respond.hold, outcome))) throw new KeyLost();
}

/** The step itself, with no I/O: time passes, the action applies, the candidate's view follows. */
function decide(deps: ConductDeps, record: InterviewRecord, screen: ScreenSnapshot, action: Action | null, memo: ScoreMemo) {
  const now = deps.now();
  const state = record.state as InterviewState<ScoreResult>;
  const observed = observe(record.plan, state, now);
  // A revoke stops the interview where it stood: not even its time running out afterwards ends it (no report, no email).
  const revoked = record.invitation.revokedAt !== null && state.status !== 'completed';
  const acted = action && !revoked ? action(record.plan, observed.state, now, remembered(conductorScorer(deps.scorer, screen), memo)) : null;
  const next = revoked ? state : acted?.ok ? acted.value.state : observed.state;
  const events = revoked ? [] : [...observed.events, ...(acted?.ok ? acted.value.events : [])];
  const view = candidateView(record, screen, next, now, action === null);
  const outcome: ConductOutcome = revoked
    ? { ok: false, error: { kind: 'revoked' }, view: null }
    : acted && !acted.ok
      ? { ok: false, error: acted.error, view }
      : { ok: true, view };
  return { next, events, outcome };
}

/** Thrown by the pool's stand-in scorer: this score must come from the pool first. */
class ScoreNeeded {
  constructor(readonly key: string, readonly input: ScoreInput) {}
}

/**
 * `decide` with its scores from the pool: the step runs with a stand-in
 * scorer that answers only scores already fetched; a missing one stops the
 * (pure) step, comes from a worker, and the step runs again. The score lands
 * in `memo` like any other, so the locked path does not score again.
 */
async function decideScoringInPool(deps: ConductDeps, record: InterviewRecord, screen: ScreenSnapshot, action: Action | null, memo: ScoreMemo) {
  const pool = deps.scoringPool;
  if (!pool) return decide(deps, record, screen, action, memo);
  const fetched = new Map<string, ScoreResult>();
  const scorer: Scorer = {
    version: deps.scorer.version,
    scoreAnswer: (input) => {
      const key = JSON.stringify([input.question.text, input.answer, input.parent?.answer ?? null]);
      const score = fetched.get(key);
      if (score === undefined) throw new ScoreNeeded(key, input);
      return score;
    },
  };
  for (;;) {
    try {
      return decide({ ...deps, scorer }, record, screen, action, memo);
    } catch (error) {
      if (!(error instanceof ScoreNeeded)) throw error;
      fetched.set(error.key, await pool.score(error.input));
    }
  }
}

function remembered(score: ScoreAnswer<ScoreResult>, memo: ScoreMemo): ScoreAnswer<ScoreResult> {
  return (planned, answer) => {
    const key = JSON.stringify([planned.id, answer.followUpId, answer.text, answer.previous]);
    let result = memo.get(key);
    if (result === undefined) memo.set(key, (result = score(planned, answer)));
    return result;
  };
}

const deadlineAt = (record: InterviewRecord, next: InterviewState<ScoreResult>) => {
  const deadline = deadlineOf(record.plan, next);
  return deadline === null ? null : new Date(deadline + record.plan.graceMs);
};

/** What a step causes besides itself: webhooks, and when it ends the interview, the report and what follows it. */
async function writeEffects(
  deps: ConductDeps,
  tx: Transaction<Database>,
  record: InterviewRecord,
  screen: ScreenSnapshot,
  next: InterviewState<ScoreResult>,
  events: Parameters<typeof publishInterviewEvents>[3],
): Promise<JustCompleted | undefined> {
  const base = {
    interviewId: record.row.id, invitationId: record.invitation.id, screenId: record.row.screen_id,
    candidate: { name: record.invitation.name, email: record.invitation.email },
  };
  await publishInterviewEvents(tx, record.row.org_id, base, events);
  if (next.status === 'completed' && record.state.status !== 'completed') {
    // The turn just answered carries its score in `next`; the earlier ones are read from their rows.
    const scored = await withScores(tx, record.row.id, next);
    const report = await issueReport(tx, { record, screen, state: scored, engineVersion: deps.scorer.version, revision: 1, reason: 'interview completed' });
    await tellInviterReportReady(tx, record, screen, report, deps.publicUrl);
    return { feedback: screen.candidateFeedback ? await issueCandidateFeedback(tx, record, screen, report.data as Report) : null };
  }
  return undefined;
}

/**
 * Saves the step, with the response in the same statement when there is one
 * (a simple step; otherwise just after it). The row lock makes a lost race
 * impossible: a failed swap means the request's key was taken over (undo
 * everything), or, with no key involved, a bug (undo everything too).
 */
async function saveStep(tx: Transaction<Database>, record: InterviewRecord, next: InterviewState<ScoreResult>, response: StoredResponse | undefined): Promise<void> {
  const changes = turnChanges(record.state.turns, next.turns);
  const saved = changes
    ? await saveStepAtomically(tx, record, next, changes, deadlineAt(record, next), response ?? null)
    : (await saveState(tx, record, next, deadlineAt(record, next))) && (!response || (await tryCompleteIdempotencyKey(tx, response, response.status, response.body)));
  if (saved) return;
  if (response && (await holdsKey(tx, response)) === false) throw new KeyLost();
  throw new Error(`interview ${record.row.id} changed under its row lock`);
}

async function mustScreen(tx: Kysely<Database>, record: InterviewRecord): Promise<ScreenSnapshot> {
  const screen = await publishedScreen(tx, record.row.org_id, record.row.screen_id);
  if (!screen) throw new Error(`interview ${record.row.id} belongs to screen ${record.row.screen_id}, which is not published`);
  return screen;
}

/** Applies expiry to an interview found by id (the sweeper's path). */
export async function settleInterview(deps: ConductDeps, orgId: string, id: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const record = await findById(tx, orgId, id, true);
    if (record) await step(deps, tx, record, null);
  });
  notifyOutboxWritten();
}

/** A candidate token: 192 random bits, URL-safe. */
export const newCandidateToken = (): string => randomBytes(24).toString('base64url');
