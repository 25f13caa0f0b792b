// Shared by the conductor's tests: a small plan and a scripted scorer.
import { planInterview } from './plan.ts';
import type { InterviewPlan, PlannedQuestion, ScoreView } from './types.ts';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MINUTE = 60_000;

export function question(id: string, followUps: [string, string][] = [['numbers', 'What did it change, in numbers?'], ['tradeoffs', 'What did you give up?']]): PlannedQuestion {
  return {
    id,
    text: `Tell me about ${id}.`,
    followUps: followUps.map(([gap, prompt], i) => ({ id: `${id}-f${i + 1}`, gap, prompt })),
  };
}

export function plan(overrides: Partial<InterviewPlan> = {}, count = 3): InterviewPlan {
  return {
    ...planInterview({
      questions: Array.from({ length: count }, (_, i) => question(`q${i + 1}`)),
      timeBudgetMinutes: 20,
      invitationExpiresAt: T0 + 7 * 24 * 60 * MINUTE,
    }),
    ...overrides,
  };
}

export const strong: ScoreView = { score: 5, gaps: [] };
export const thin = (...codes: string[]): ScoreView => ({ score: 2, gaps: codes.map((code) => ({ code, text: code })) });
/** A scorer that always returns the same score. */
export const always = (s: ScoreView) => () => s;
