import type { PlannedFollowUp, PlannedQuestion, ScoreView } from './types.ts';

/**
 * Picks the follow-up for an answer: walk the answer's gaps in the order the
 * scorer ranked them and take the first follow-up (not yet asked) that
 * addresses one. A follow-up keyed `any` is the fallback for an answer with
 * gaps that no specific follow-up addresses. A strong answer gets none.
 */
export function chooseFollowUp(
  question: PlannedQuestion,
  score: ScoreView,
  alreadyAsked: readonly string[],
  maxScore: number,
): PlannedFollowUp | null {
  if (score.score !== null && score.score > maxScore) return null;
  if (score.gaps.length === 0) return null;
  const open = question.followUps.filter((f) => !alreadyAsked.includes(f.id));
  for (const gap of score.gaps) {
    const match = open.find((f) => f.gap === gap.code);
    if (match) return match;
  }
  return open.find((f) => f.gap === 'any') ?? null;
}
