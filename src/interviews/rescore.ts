import type { Kysely } from 'kysely';
import type { InterviewState } from '../core/interview/index.ts';
import type { ScoreResult } from '../core/scoring/index.ts';
import { inTransaction, type Database } from '../db/index.ts';
import { findById } from '../db/repositories/interviews.ts';
import { latestReport, type ReportRow } from '../db/repositories/reports.ts';
import { issueReport } from './issue-report.ts';
import { conductorInputs, type ScoreService } from './scoring.ts';
import { publishedScreen } from './screen-snapshot.ts';

/**
 * Scores the stored answers again with the given engine and issues the
 * result as a new, labelled revision; earlier revisions stay as they were.
 * The conversation itself (which follow-ups were asked) is what happened and
 * is kept; only the scores are recomputed, by `engine.score` (the scoring
 * pool when the server has one). The caller wakes the outbox once the
 * revision's events have committed.
 */
export async function rescoreInterview(
  db: Kysely<Database>, engine: { readonly version: string; readonly score: ScoreService }, orgId: string, interviewId: string, reason?: string,
): Promise<ReportRow | null> {
  return inTransaction(db, async (tx) => {
    const record = await findById(tx, orgId, interviewId, true);
    if (!record || record.state.status !== 'completed') return null;
    const screen = await publishedScreen(tx, orgId, record.row.screen_id);
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
    const last = await latestReport(tx, orgId, interviewId);
    const revision = (last?.revision ?? 0) + 1;
    return issueReport(tx, {
      record, screen, state: { ...state, turns }, engineVersion: engine.version, revision,
      reason: reason ?? `re-scored with ${engine.version}`,
    });
  });
}
