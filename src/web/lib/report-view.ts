import { signalLine } from '../../interviews/report-markdown.ts';
import type { Evidence, ReportQuestion } from '../api/types.ts';

/** One answer of a question, as the page draws it: the first or a follow-up's. */
export interface AnswerPart {
  readonly key: string;
  readonly label: string;
  /** For a follow-up: what the interviewer asked. */
  readonly prompt?: string;
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

/**
 * The candidate's answers to one question, each with the evidence that
 * points into it: the question's evidence is offsets into its first answer,
 * a follow-up's into the follow-up's answer.
 */
export function answerParts(q: ReportQuestion): AnswerPart[] {
  const parts: AnswerPart[] = [];
  if (q.answer !== null) parts.push({ key: 'a', label: 'Answer', text: q.answer, evidence: q.evidence });
  q.followUps.forEach((f, i) => {
    if (f.answer !== null) parts.push({ key: `f${i}`, label: `Follow-up ${i + 1}`, prompt: f.prompt, text: f.answer, evidence: f.evidence });
  });
  return parts;
}

/** "senior · multi region: “home region”" for each seniority signal of an answer. */
export function levelSignalsOf(q: ReportQuestion): string[] {
  // Reports issued before engine 1.8 carry no signals; an issued report is never rewritten.
  return (q.levelSignals ?? []).map(signalLine);
}

/** Dimension scores come on a 0–1 scale; show two decimals at most. */
export function formatDimension(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The question's score with its follow-ups taken together (the first answer's when there were none). */
export function questionScore(q: ReportQuestion): number | null {
  return q.combinedScore ?? q.score;
}
