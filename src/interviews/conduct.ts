import { randomBytes } from 'node:crypto';
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
import type { ScoreResult, Scorer } from '../core/scoring/index.ts';
import type { Database } from '../db/index.ts';
import { findById, findByToken, saveState, withScores, type InterviewRecord } from '../db/repositories/interviews.ts';
import { notifyOutboxWritten } from '../outbox/notify.ts';
import { publishInterviewEvents } from './events.ts';
import { issueReport } from './issue-report.ts';
import { conductorScorer } from './scoring.ts';
import { publishedScreen, type ScreenSnapshot } from './screen-snapshot.ts';
import { candidateView, type CandidateView } from './candidate-view.ts';
import { issueCandidateFeedback, withTrust } from './candidate-trust.ts';
import type { Report } from './report-builder.ts';

export interface ConductDeps {
  readonly db: Kysely<Database>;
  readonly scorer: Scorer;
  /** The server clock, in ms; tests pass their own. */
  readonly now: () => number;
}

export type ConductError = ConductorError | { readonly kind: 'not_found' } | { readonly kind: 'revoked' };

export type ConductOutcome =
  | { readonly ok: true; readonly view: CandidateView }
  | { readonly ok: false; readonly error: ConductError; readonly view: CandidateView | null };

type Action = (plan: InterviewPlan, state: InterviewState<ScoreResult>, now: number, score: ScoreAnswer<ScoreResult>) => Result<Transition<ScoreResult>, ConductorError>;

/** Runs inside the transaction that commits the outcome (e.g. to store an idempotent response). */
export type InTransaction = (tx: Transaction<Database>, outcome: ConductOutcome) => Promise<void>;

export const viewInterview = (deps: ConductDeps, token: string) => run(deps, token, null);
export const startByToken = (deps: ConductDeps, token: string, hook?: InTransaction) =>
  run(deps, token, (plan, state, now) => startInterview(plan, state, now), hook);
export const answerByToken = (deps: ConductDeps, token: string, input: { seq: number; text: string }, hook?: InTransaction) =>
  run(deps, token, (plan, state, now, score) => submitAnswer(plan, state, input, now, score), hook);

/**
 * One step of an interview, serialised per interview by a row lock: read the
 * state, let time pass (expiry), apply the action, save with a version check,
 * and in the same transaction write the webhooks and, at the end, the report.
 */
async function run(deps: ConductDeps, token: string, action: Action | null, hook?: InTransaction): Promise<ConductOutcome> {
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const record = await findByToken(tx, token, true);
    if (!record) return { ok: false, error: { kind: 'not_found' }, view: null } as const;
    const result = await step(deps, tx, record, action);
    await hook?.(tx, result.outcome);
    return result.outcome;
  });
  notifyOutboxWritten();
  return outcome;
}

async function step(deps: ConductDeps, tx: Transaction<Database>, record: InterviewRecord, action: Action | null) {
  const screen = await mustScreen(tx, record);
  const now = deps.now();
  const state = record.state as InterviewState<ScoreResult>;
  const observed = observe(record.plan, state, now);
  const revoked = record.invitation.revokedAt !== null && observed.state.status !== 'completed';
  const acted = action && !revoked ? action(record.plan, observed.state, now, conductorScorer(deps.scorer, screen)) : null;
  const next = acted?.ok ? acted.value.state : observed.state;
  if (next !== state) await persist(deps, tx, record, screen, next, [...observed.events, ...(acted?.ok ? acted.value.events : [])]);
  const view = candidateView(record, screen, next, now, action === null);
  const outcome: ConductOutcome = revoked
    ? { ok: false, error: { kind: 'revoked' }, view: null }
    : acted && !acted.ok
      ? { ok: false, error: acted.error, view }
      : { ok: true, view };
  return { outcome: await withTrust(tx, record, screen, outcome, action === null) };
}

async function persist(
  deps: ConductDeps,
  tx: Transaction<Database>,
  record: InterviewRecord,
  screen: ScreenSnapshot,
  next: InterviewState<ScoreResult>,
  events: Parameters<typeof publishInterviewEvents>[3],
) {
  const deadline = deadlineOf(record.plan, next);
  const saved = await saveState(tx, record, next, deadline === null ? null : new Date(deadline + record.plan.graceMs));
  // The row lock makes a lost race impossible; a false here is a bug, and rolls everything back.
  if (!saved) throw new Error(`interview ${record.row.id} changed under its row lock`);
  const base = {
    interviewId: record.row.id, invitationId: record.invitation.id, screenId: record.row.screen_id,
    candidate: { name: record.invitation.name, email: record.invitation.email },
  };
  await publishInterviewEvents(tx, record.row.org_id, base, events);
  if (next.status === 'completed' && record.state.status !== 'completed') {
    const scored = await withScores(tx, record.row.id, next);
    const report = await issueReport(tx, { record, screen, state: scored, engineVersion: deps.scorer.version, revision: 1, reason: 'interview completed' });
    if (screen.candidateFeedback) await issueCandidateFeedback(tx, record, screen, report.data as Report);
  }
}

async function mustScreen(tx: Transaction<Database>, record: InterviewRecord): Promise<ScreenSnapshot> {
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
