import type { Transaction } from 'kysely';
import { candidateFeedback, type CandidateFeedback, type FeedbackQuestion } from '../core/feedback/index.ts';
import type { Database } from '../db/index.ts';
import { findFaq, findFeedback, findRating, insertFeedback } from '../db/repositories/candidate-trust.ts';
import type { InterviewRecord } from '../db/repositories/interviews.ts';
import type { CandidateView } from './candidate-view.ts';
import type { ConductOutcome } from './conduct.ts';
import { feedbackMail } from '../mail/index.ts';
import { enqueueEmail } from './events.ts';
import type { Report } from './report-builder.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

/**
 * The feedback of a finished interview, from its first report: stored for
 * the finish page and emailed through the outbox, in the transaction that
 * issues the report. The outbox id makes the email once per interview.
 * Returns what it stored, for the response of the same step.
 */
export async function issueCandidateFeedback(tx: Transaction<Database>, record: InterviewRecord, screen: ScreenSnapshot, report: Report): Promise<CandidateFeedback> {
  const feedback = candidateFeedback(feedbackInput(screen, report));
  await insertFeedback(tx, { interviewId: record.row.id, orgId: record.row.org_id, strengths: feedback.strengths, gaps: feedback.gaps });
  const mail = feedbackMail({ candidateName: record.invitation.name, email: record.invitation.email, role: screen.role, ...feedback });
  await enqueueEmail(tx, record.row.org_id, mail, `feedback:${record.row.id}`);
  return feedback;
}

/**
 * What the step that completed the interview already knows, so its response
 * does not read it back: the feedback it issued (null: the screen gives
 * none), and that there is no rating yet (a rating needs a committed completion).
 */
export interface JustCompleted {
  readonly feedback: CandidateFeedback | null;
}

/** What feedback may look at: the rubric's words and what scoring found, never a score. */
export function feedbackInput(screen: ScreenSnapshot, report: Report): FeedbackQuestion[] {
  return screen.questions.map((q) => {
    const r = report.questions.find((x) => x.questionId === q.id);
    return {
      topic: q.topic,
      concepts: q.concepts.map((c) => ({ id: c.id, label: c.label })),
      answered: r?.answer != null && r.answer.trim() !== '',
      evidence: (r?.evidence ?? []).map((e) => ({ rule: e.rule, effect: e.effect })),
      gaps: (r?.gaps ?? []).map((g) => ({ code: g.code })),
      flags: (r?.flags ?? []).map((f) => ({ code: f.code })),
    };
  });
}

/**
 * What a candidate's view adds for trust (BRIEF §10): the team's answers
 * about the role (always, so they can be read before starting), and once
 * the interview is over, the feedback (if the screen gives it) and the
 * candidate's own rating.
 */
export async function trustExtras(tx: Transaction<Database>, record: InterviewRecord, screen: ScreenSnapshot, status: string, justCompleted?: JustCompleted) {
  const faq = await findFaq(tx, record.row.org_id, screen.lineageId);
  const over = status === 'completed';
  const feedback = justCompleted ? justCompleted.feedback
    : over && screen.candidateFeedback ? ((await findFeedback(tx, record.row.id)) ?? null) : null;
  const rating = over && !justCompleted ? await findRating(tx, record.row.id) : undefined;
  return {
    faq: faq?.items ?? [],
    feedback,
    canRate: over,
    rating: rating ? { stars: rating.stars, comment: rating.comment, createdAt: rating.created_at.toISOString() } : null,
  };
}

export type TrustExtras = Awaited<ReturnType<typeof trustExtras>>;

/** What the candidate API answers: the view, with the trust extras on reads and once the interview is over. */
export type CandidateViewWithTrust = CandidateView & Partial<TrustExtras>;

/** The outcome's view with the trust extras: on reads, and once the interview is no longer in progress. */
export async function withTrust(
  tx: Transaction<Database>, record: InterviewRecord, screen: ScreenSnapshot, outcome: ConductOutcome, isRead: boolean, justCompleted?: JustCompleted,
): Promise<ConductOutcome> {
  if (!outcome.view || (!isRead && outcome.view.status === 'in_progress')) return outcome;
  const view = { ...outcome.view, ...(await trustExtras(tx, record, screen, outcome.view.status, justCompleted)) };
  return { ...outcome, view };
}
