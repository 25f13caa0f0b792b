import type { Question } from '../core/bank/index.ts';
import type { ScoreAnswer } from '../core/interview/index.ts';
import { createBuiltinScorer, type ScoreInput, type ScoreResult, type Scorer } from '../core/scoring/index.ts';
import type { ScoringPool } from './scoring-pool.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

let builtin: Scorer | null = null;
/** The built-in engine, created once per process. */
export const defaultScorer = (): Scorer => (builtin ??= createBuiltinScorer());

/**
 * Scores a few of the bank's sample answers so the language model is loaded
 * and the engine compiled before the first candidate arrives: cold, the first
 * answers after a start took up to a second each under load (bench/RESULTS.md).
 */
export function warmScorer(bank: readonly Question[], questions = 8): void {
  const scorer = defaultScorer();
  for (const input of warmUpInputs(bank, questions)) scorer.scoreAnswer(input);
}

/** The sample answers of the bank's first `questions` questions, as inputs to score (as themselves, not as copies). */
export const warmUpInputs = (bank: readonly Question[], questions = 8) =>
  bank.slice(0, questions).flatMap((question) =>
    Object.values(question.sampleAnswers).filter((a): a is string => Boolean(a)).map((answer) => ({ question, answer, calibration: true })));

/**
 * Adapts the engine to the conductor: an answer is scored against the
 * screen's frozen question; a follow-up's answer is scored with its parent
 * (the earlier answers to the same question) as context.
 */
export function conductorScorer(scorer: Scorer, screen: ScreenSnapshot): ScoreAnswer<ScoreResult> {
  const inputOf = conductorInputs(screen);
  return (planned, answer) => scorer.scoreAnswer(inputOf(planned, answer));
}

/** What the engine is asked for one of the conductor's answers (see conductorScorer). */
export function conductorInputs(screen: ScreenSnapshot): (...args: Parameters<ScoreAnswer<ScoreResult>>) => ScoreInput {
  const byId = new Map<string, Question>(screen.questions.map((q) => [q.id, q]));
  return (planned, answer) => {
    const question = byId.get(planned.id);
    if (!question) throw new Error(`question ${planned.id} is not in screen ${screen.id}`);
    if (answer.previous.length === 0) return { question, answer: answer.text };
    // The follow-up is judged by its question's rubric, with the parent answer as context.
    return { question, answer: answer.text, parent: { question, answer: answer.previous.join('\n\n') } };
  };
}

/**
 * Where a request that is not an interview answer scores (practice, mock
 * reports, re-scoring): on the pool's workers when the server has them, so
 * that a mock report's twenty answers do not hold the event loop every
 * candidate's answer waits on; otherwise here, with `scorer`.
 */
export type ScoreService = (input: ScoreInput) => Promise<ScoreResult>;

export const scoreService = (pool: ScoringPool | undefined, scorer: Scorer = defaultScorer()): ScoreService =>
  pool ? (input) => pool.score(input) : async (input) => scorer.scoreAnswer(input);
