/**
 * The interview conductor's data: a plan fixed when the interview is created,
 * and a state that only the conductor's transitions change. Everything here is
 * plain, immutable data so the state can be stored as JSON and replayed.
 */

/** A turn's sequence number: 1 for the first question, +1 per turn. Not a count. */
export type Seq = number & { readonly __brand: 'Seq' };
export const toSeq = (n: number): Seq => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`invalid seq ${n}`);
  return n as Seq;
};

/** Milliseconds since the epoch, as read from the clock the caller passes in. */
export type Instant = number;

export type InterviewStatus = 'not_started' | 'in_progress' | 'completed' | 'expired';

/** Why an interview ended: every question answered, or the time budget ran out. */
export type EndReason = 'all_answered' | 'time_up';

export interface PlannedFollowUp {
  readonly id: string;
  /** The gap code this follow-up addresses (docs/ARCHITECTURE.md#gap-codes). */
  readonly gap: string;
  readonly prompt: string;
}

export interface PlannedQuestion {
  readonly id: string;
  readonly text: string;
  readonly followUps: readonly PlannedFollowUp[];
}

/** What the conductor needs from a score: the narrow face of scoring's ScoreResult. */
export interface ScoreView {
  /** 1–5, or null when the answer could not be scored (empty, off-topic). */
  readonly score: number | null;
  readonly gaps: readonly { readonly code: string; readonly text: string }[];
}

export interface InterviewPlan {
  readonly questions: readonly PlannedQuestion[];
  /** The screen's time budget, the same for every candidate. */
  readonly timeBudgetMs: number;
  /** Accommodation: ≥ 1; the budget is multiplied by it. */
  readonly extraTimeFactor: number;
  /** An answer arriving this long after the deadline is still kept. */
  readonly graceMs: number;
  /** A follow-up is asked only if this much time is left per question still to ask, plus one. */
  readonly minTurnMs: number;
  /** At most this many follow-ups per question (2 by the product's rule). */
  readonly maxFollowUps: number;
  /** Answers scoring above this never get a follow-up. */
  readonly followUpMaxScore: number;
  /** After this instant an interview that has not started is expired. */
  readonly invitationExpiresAt: Instant;
}

export interface Answer<S extends ScoreView = ScoreView> {
  readonly text: string;
  readonly answeredAt: Instant;
  /** True when it arrived after the deadline, inside the grace period. */
  readonly late: boolean;
  /** This answer's score (a follow-up's is scored together with its parent). */
  readonly score: S | null;
}

export interface Turn<S extends ScoreView = ScoreView> {
  readonly seq: Seq;
  readonly kind: 'question' | 'follow_up';
  readonly questionIndex: number;
  readonly questionId: string;
  readonly followUpId: string | null;
  readonly prompt: string;
  readonly askedAt: Instant;
  readonly answer: Answer<S> | null;
}

export interface InterviewState<S extends ScoreView = ScoreView> {
  readonly status: InterviewStatus;
  /** The seq of the current turn (the last one once the interview is over); 0 before start. */
  readonly seq: Seq;
  readonly startedAt: Instant | null;
  readonly endedAt: Instant | null;
  readonly endReason: EndReason | null;
  readonly turns: readonly Turn<S>[];
}

/** Effects a transition asks the outside world to carry out (outbox events). */
export type InterviewEvent =
  | { readonly kind: 'interview.started'; readonly at: Instant }
  | { readonly kind: 'interview.completed'; readonly at: Instant; readonly reason: EndReason }
  | { readonly kind: 'interview.expired'; readonly at: Instant };

/** What a candidate can cause; each maps to one HTTP problem. */
export type ConductorError =
  | { readonly kind: 'not_started' }
  | { readonly kind: 'already_over'; readonly status: InterviewStatus }
  | { readonly kind: 'invitation_expired' }
  | { readonly kind: 'stale_seq'; readonly expected: Seq; readonly received: number }
  | { readonly kind: 'time_up' }
  | { readonly kind: 'empty_answer' };

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

export interface Transition<S extends ScoreView = ScoreView> {
  readonly state: InterviewState<S>;
  readonly events: readonly InterviewEvent[];
}
