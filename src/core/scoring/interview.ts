import type { Competency } from '../bank/question.ts';
import type { InterviewAnswer, InterviewScore, ScoreResult } from './types.ts';

/** Parent counts twice as much as each of its follow-ups. */
const PARENT_WEIGHT = 2;

/**
 * One answer's score with its follow-ups: a weighted mean where the parent
 * counts double, so a follow-up can recover part of a thin answer (or expose
 * a weak one) without replacing it. Unscored follow-ups are left out.
 */
export function combinedScore(a: InterviewAnswer): number | null {
  if (a.result.score === null) return null;
  const follow = a.followUps.map((r) => r.score).filter((s): s is NonNullable<typeof s> => s !== null);
  const sum = a.result.score * PARENT_WEIGHT + follow.reduce((x, y) => x + y, 0);
  return sum / (PARENT_WEIGHT + follow.length);
}

/** 1–5 → 0–100: 1 is 0, 3 is 50, 5 is 100. */
function toPercent(score: number): number {
  return Math.round(((score - 1) / 4) * 100);
}

function needsReview(r: ScoreResult): string | null {
  if (r.score === null) return 'an answer was not scored';
  if (r.flags.length > 0) return `an answer was flagged: ${r.flags.map((f) => f.code).join(', ')}`;
  if (r.confidence === 'low') return 'an answer was scored with low confidence';
  return null;
}

/**
 * The interview-level result.
 * - overall = round(100 × (mean of combined answer scores − 1) / 4), every
 *   answer weighted equally;
 * - a competency = the same mapping over the answers that assess it, each
 *   contributing its combined score moved by that answer's own competency
 *   signal (result.competencies[c] − result.score);
 * - decision: needs_review when any answer or follow-up is unscored, flagged
 *   or low-confidence; otherwise pass when overall ≥ passThreshold, else fail.
 */
export function scoreInterview(input: { passThreshold: number; answers: readonly InterviewAnswer[] }): InterviewScore {
  const reasons: string[] = [];
  const combined: number[] = [];
  const perCompetency = new Map<Competency, number[]>();
  input.answers.forEach((a, i) => {
    for (const r of [a.result, ...a.followUps]) {
      const why = needsReview(r);
      if (why !== null) reasons.push(`answer ${i + 1}${a.questionId ? ` (${a.questionId})` : ''}: ${why}`);
    }
    const c = combinedScore(a);
    if (c === null) return;
    combined.push(c);
    for (const comp of a.competencies) {
      const own = a.result.competencies[comp];
      const shift = own === undefined || a.result.score === null ? 0 : own - a.result.score;
      const list = perCompetency.get(comp) ?? [];
      list.push(Math.max(1, Math.min(5, c + shift)));
      perCompetency.set(comp, list);
    }
  });
  const mean = (xs: readonly number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  const overall = combined.length === 0 ? 0 : toPercent(mean(combined));
  const competencies: Partial<Record<Competency, number>> = {};
  const order: readonly Competency[] = ['system_design', 'data_strategy', 'reliability', 'communication'];
  for (const comp of order) {
    const list = perCompetency.get(comp);
    if (list !== undefined && list.length > 0) competencies[comp] = toPercent(mean(list));
  }
  let decision: InterviewScore['decision'];
  if (reasons.length > 0 || combined.length === 0) decision = 'needs_review';
  else decision = overall >= input.passThreshold ? 'pass' : 'fail';
  if (decision !== 'needs_review') reasons.push(`overall ${overall} ${decision === 'pass' ? '≥' : '<'} threshold ${input.passThreshold}`);
  return { overall, competencies, decision, reasons };
}
