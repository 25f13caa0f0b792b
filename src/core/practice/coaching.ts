import type { Question } from '../bank/question.ts';
import type { ScoreResult } from '../scoring/index.ts';

/** Plain-language coaching for one practice answer, derived from the question's rubric. */
export interface Coaching {
  /** One sentence on where the answer stands. */
  readonly summary: string;
  /** What a 5 looks like for this question (the rubric's strong anchor). */
  readonly strongAnswer: string;
  /** What the answer lacks, in words. */
  readonly gaps: string[];
  /** What a strong answer shows that this one could add (the rubric's signals). */
  readonly signals: string[];
  /** Flags and common mistakes the engine noticed, in words. */
  readonly watchOuts: string[];
}

const SUMMARIES: Record<number, string> = {
  5: 'A strong answer: it covers what the rubric asks for, with evidence.',
  4: 'A good answer: close to strong, with one or two things to add.',
  3: 'An average answer: the main idea is there, the depth or the evidence is thin.',
  2: 'A thin answer: it touches the question but misses most of what the rubric looks for.',
  1: 'A weak answer: it does not yet show what the question is asking about.',
};

const FLAG_ADVICE: Record<string, string> = {
  'one-liner': 'One line is rarely enough: give the reasoning and an example.',
  rambling: 'The answer wanders: lead with your point, then support it.',
  'keyword-stuffing': 'Listing terms earns little: explain how each idea works and why it matters here.',
  hypothetical: 'The question asks what you did: describe a real past example with "I", not what you would do.',
  'grader-instructions': 'Text addressed to the scorer is ignored: answer the question itself.',
  'copied-rubric': 'Text copied from the rubric or the sample answers earns nothing: answer in your own words, from your own work.',
  'language-not-supported': 'Practice scoring reads English answers only; a person reviews other languages in a real screen.',
};

/**
 * Coaching from the rubric and the score: the strong anchor, the gaps in the
 * engine's words, the signals the answer could still show, advice for each
 * flag, and the common mistakes of a levelled answer (BRIEF §6).
 */
export function coachAnswer(question: Question, result: ScoreResult): Coaching {
  const summary = result.score === null ? 'This answer was not scored: see the notes below.' : (SUMMARIES[result.score] ?? '');
  const gaps = unique(result.gaps.filter((g) => g.code !== 'any').map((g) => capitalise(g.text)));
  const watchOuts = unique([
    ...result.flags.map((f) => FLAG_ADVICE[f.code] ?? capitalise(f.message)),
    ...(result.level?.mistakes ?? []).map((m) => `${capitalise(m)}.`),
  ]);
  const signals = result.score === 5 ? [] : question.signals.slice(0, 4);
  return { summary, strongAnswer: question.anchors['5'], gaps, signals, watchOuts };
}

/** A gap or a note as a sentence: its first letter upper-case. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
