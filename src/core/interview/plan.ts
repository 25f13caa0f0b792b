import { TIME_DEFAULTS } from './time-budget.ts';
import type { InterviewPlan, PlannedQuestion } from './types.ts';

export interface PlanInput {
  readonly questions: readonly PlannedQuestion[];
  readonly timeBudgetMinutes: number;
  readonly invitationExpiresAt: number;
  readonly extraTimeFactor?: number | null;
  readonly graceMs?: number;
  readonly minTurnMs?: number;
}

/** Builds an interview's plan from a screen's questions and an invitation. */
export function planInterview(input: PlanInput): InterviewPlan {
  const factor = input.extraTimeFactor ?? 1;
  if (!(factor >= 1 && factor <= 4)) throw new RangeError(`extra-time factor ${factor} is outside 1–4`);
  return {
    questions: input.questions,
    timeBudgetMs: Math.round(input.timeBudgetMinutes * 60_000),
    extraTimeFactor: factor,
    graceMs: input.graceMs ?? TIME_DEFAULTS.graceMs,
    minTurnMs: input.minTurnMs ?? TIME_DEFAULTS.minTurnMs,
    maxFollowUps: TIME_DEFAULTS.maxFollowUps,
    followUpMaxScore: TIME_DEFAULTS.followUpMaxScore,
    invitationExpiresAt: input.invitationExpiresAt,
  };
}
