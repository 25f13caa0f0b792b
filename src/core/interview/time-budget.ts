import type { Instant, InterviewPlan, InterviewState } from './types.ts';

/** Defaults the product uses when a screen does not say otherwise. */
export const TIME_DEFAULTS = {
  graceMs: 30_000,
  minTurnMs: 60_000,
  maxFollowUps: 2,
  followUpMaxScore: 4,
} as const;

/** The budget this candidate gets: the screen's, extended by any accommodation. */
export function effectiveBudgetMs(plan: InterviewPlan): number {
  const factor = Number.isFinite(plan.extraTimeFactor) && plan.extraTimeFactor > 1 ? plan.extraTimeFactor : 1;
  return Math.round(plan.timeBudgetMs * factor);
}

/** When the time runs out, or null before the interview starts. */
export function deadlineOf(plan: InterviewPlan, state: InterviewState): Instant | null {
  return state.startedAt === null ? null : state.startedAt + effectiveBudgetMs(plan);
}

export interface TimeReport {
  readonly budgetMs: number;
  readonly usedMs: number;
  readonly leftMs: number;
  /** Past the deadline but an answer to the current turn is still accepted. */
  readonly inGrace: boolean;
}

/** Time used and left as the candidate sees it; it never goes below zero. */
export function timeReport(plan: InterviewPlan, state: InterviewState, now: Instant): TimeReport {
  const budgetMs = effectiveBudgetMs(plan);
  if (state.startedAt === null) return { budgetMs, usedMs: 0, leftMs: budgetMs, inGrace: false };
  const end = state.endedAt ?? now;
  const usedMs = Math.min(budgetMs, Math.max(0, end - state.startedAt));
  const deadline = state.startedAt + budgetMs;
  const inGrace = state.status === 'in_progress' && now > deadline && now <= deadline + plan.graceMs;
  return { budgetMs, usedMs, leftMs: budgetMs - usedMs, inGrace };
}

/** True once the deadline and its grace period have both passed. */
export function isPastGrace(plan: InterviewPlan, state: InterviewState, now: Instant): boolean {
  const deadline = deadlineOf(plan, state);
  return deadline !== null && now > deadline + plan.graceMs;
}

/** True once the deadline has passed (grace or not). */
export function isPastDeadline(plan: InterviewPlan, state: InterviewState, now: Instant): boolean {
  const deadline = deadlineOf(plan, state);
  return deadline !== null && now >= deadline;
}

/**
 * A follow-up costs a turn; it is asked only when the time left still covers
 * every question not yet asked plus the follow-up itself, so probing one answer
 * never crowds out a question the other candidates were asked.
 */
export function timeAllowsFollowUp(
  plan: InterviewPlan,
  state: InterviewState,
  questionsStillToAsk: number,
  now: Instant,
): boolean {
  const deadline = deadlineOf(plan, state);
  if (deadline === null) return false;
  return deadline - now >= (questionsStillToAsk + 1) * plan.minTurnMs;
}
