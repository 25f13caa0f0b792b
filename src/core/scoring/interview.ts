import type { Competency } from '../bank/question.ts';
import type { InterviewAnswer, InterviewScore, ScoreResult } from './types.ts';

/** How reports and pages name a decision. */
export const DECISION_NAMES: Readonly<Record<InterviewScore['decision'], string>> = {
  pass: 'Pass',
  fail: 'Does not pass',
  needs_review: 'Needs review',
};

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

/**
 * Flags that question the answer's integrity, which no score settles: text
 * addressed to the scorer, a copy of the rubric. The others (one-liner,
 * rambling, keyword stuffing, hypothetical, repetition) have already cost
 * the answer its points through their caps, and the report shows them.
 */
const INTEGRITY_FLAGS: ReadonlySet<string> = new Set(['grader-instructions', 'copied-rubric']);

/** Why a person must look at one answer whatever the totals, in the words of its flags; null when nothing calls for it. */
function needsReview(r: ScoreResult): string | null {
  const flags = r.flags.map((f) => f.message).join('; ');
  if (r.score === null) return flags ? `not scored (${flags})` : 'not scored';
  const integrity = r.flags.filter((f) => INTEGRITY_FLAGS.has(f.code)).map((f) => f.message).join('; ');
  return integrity ? `flagged: ${integrity}` : null;
}

/**
 * The interview-level result. `answers` has one entry per question of the
 * screen, in order, null for a question never answered.
 * - overall = round(100 × (mean of combined answer scores − 1) / 4), every
 *   question weighted equally; a question never answered counts as the
 *   lowest score (1), so running out of time is no advantage; an answer the
 *   engine could not score is left out (and sends the interview to review);
 * - a competency = the same mapping over the answers that assess it, each
 *   contributing its combined score moved by that answer's own competency
 *   signal (result.competencies[c] − result.score);
 * - decision: needs_review when any answer or follow-up is unscored or
 *   flagged for integrity (INTEGRITY_FLAGS), when nothing was answered, or
 *   when answers scored with low confidence could decide it: if each moved
 *   by one point (of 1–5) the overall would reach the other side of the
 *   threshold; otherwise pass when overall ≥ passThreshold, else fail.
 * `reasons` explain the decision: first the overall against the threshold
 * (or that nothing was answered), then each answer that kept the decision
 * from being automatic, then the questions never answered, named as the
 * report names them (Q1, Q2…).
 */
export function scoreInterview(input: { passThreshold: number; answers: readonly (InterviewAnswer | null)[] }): InterviewScore {
  const reviews: string[] = [];
  const uncertain: string[] = [];
  const unanswered: string[] = [];
  const combined: number[] = [];
  const perCompetency = new Map<Competency, number[]>();
  input.answers.forEach((a, i) => {
    const label = `Q${i + 1}`;
    if (a === null) {
      unanswered.push(label);
      combined.push(1);
      return;
    }
    [a.result, ...a.followUps].forEach((r, k) => {
      const why = needsReview(r);
      if (why !== null) reviews.push(`${label}${k === 0 ? '' : `, follow-up ${k}`}: ${why}`);
    });
    if (a.result.score !== null && a.result.confidence === 'low') uncertain.push(label);
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
  const nothingAnswered = unanswered.length === input.answers.length;
  const reached = overall >= input.passThreshold;
  // One point on one answer moves the overall by 100 / (4 × questions), a follow-up's weight aside.
  const swing = (uncertain.length * 100) / (4 * Math.max(1, input.answers.length));
  const close = reached ? overall - swing < input.passThreshold : overall + swing >= input.passThreshold;
  if (uncertain.length > 0 && close) {
    reviews.push(`${uncertain.join(', ')}: scored with low confidence, and a point more or less on ${uncertain.length === 1 ? 'it' : 'each'} would put the overall on the other side of the threshold`);
  }
  const decision: InterviewScore['decision'] = reviews.length > 0 || nothingAnswered ? 'needs_review' : reached ? 'pass' : 'fail';
  const against = `Overall ${overall} is ${reached ? 'at or above' : 'below'} the pass threshold of ${input.passThreshold}`;
  const reasons = [
    nothingAnswered ? 'No question was answered, so the result is not decided automatically.'
      : decision === 'needs_review' ? `${against}, but the result is not decided automatically because of the answers below.` : `${against}.`,
    ...reviews,
    ...(unanswered.length > 0 && !nothingAnswered ? [`Not answered (each counted as the lowest score): ${unanswered.join(', ')}`] : []),
  ];
  return { overall, competencies, decision, reasons };
}
