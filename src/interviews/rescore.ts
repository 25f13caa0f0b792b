import type { Kysely } from 'kysely';
import type { InterviewState, Turn } from '../core/interview/index.ts';
import type { ScoreResult } from '../core/scoring/index.ts';
import { inTransaction, type Database } from '../db/index.ts';
import { findById } from '../db/repositories/interviews.ts';
import { latestReport, type ReportRow } from '../db/repositories/reports.ts';
import { issueReport } from './issue-report.ts';
import { conductorInputs, type ScoreService } from './scoring.ts';
import { publishedScreen } from './screen-snapshot.ts';

/** A completed interview's answers scored again, and the version of the interview they were read from. */
export interface Rescored {
  readonly version: number;
  readonly engineVersion: string;
  readonly turns: readonly Turn<ScoreResult>[];
}

/**
 * Scores a completed interview's stored answers again, with `engine.score`
 * (the scoring pool when the server has one). Read without a lock and
 * outside any transaction: a completed interview's answers never change, and
 * no lock or connection is held while the scores wait their turn on a worker
 * (on PGlite a transaction holds the only connection). The conversation
 * itself (which follow-ups were asked) is what happened and is kept.
 */
export async function scoreAgain(
  db: Kysely<Database>, engine: { readonly version: string; readonly score: ScoreService }, orgId: string, interviewId: string,
): Promise<Rescored | null> {
  const record = await findById(db, orgId, interviewId);
  if (!record || record.state.status !== 'completed') return null;
  const screen = await publishedScreen(db, orgId, record.row.screen_id);
  if (!screen) return null;
  const inputOf = conductorInputs(screen);
  const state = record.state as InterviewState<ScoreResult>;
  const turns = await Promise.all(state.turns.map(async (t) => {
    if (!t.answer) return t;
    const previous = state.turns.filter((p) => p.questionIndex === t.questionIndex && p.seq < t.seq && p.answer).map((p) => p.answer!.text);
    const question = record.plan.questions[t.questionIndex]!;
    const score = await engine.score(inputOf(question, { text: t.answer.text, previous, followUpId: t.followUpId }));
    return { ...t, answer: { ...t.answer, score } };
  }));
  return { version: record.row.version, engineVersion: engine.version, turns };
}

/**
 * Issues re-scored answers as a new, labelled revision, under the
 * interview's lock; earlier revisions stay as they were. Null when the
 * interview is gone or changed since it was scored. The caller wakes the
 * outbox once the revision's events have committed.
 */
export async function issueRescore(db: Kysely<Database>, rescored: Rescored, orgId: string, interviewId: string, reason?: string): Promise<ReportRow | null> {
  return inTransaction(db, async (tx) => {
    const record = await findById(tx, orgId, interviewId, true);
    if (!record || record.row.version !== rescored.version) return null;
    const screen = await publishedScreen(tx, orgId, record.row.screen_id);
    if (!screen) return null;
    const last = await latestReport(tx, orgId, interviewId);
    const state = record.state as InterviewState<ScoreResult>;
    return issueReport(tx, {
      record, screen, state: { ...state, turns: [...rescored.turns] }, engineVersion: rescored.engineVersion, revision: (last?.revision ?? 0) + 1,
      reason: reason ?? `re-scored with ${rescored.engineVersion}`,
    });
  });
}
