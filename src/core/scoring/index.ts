/**
 * The scoring engine: pure, offline, deterministic.
 *
 * How an answer is scored (score-answer.ts):
 * 1. The rubric: a bank question, a free-text question matched to the bank
 *    question it clearly is, or the generic rubric of its type
 *    (rubric/select.ts); the result names it and its hash.
 * 2. Guards: a non-English answer is not scored (score null, for human
 *    review); text addressed to the scorer, repeated sentences and text
 *    copied from the rubric or the published sample answers are blanked out
 *    before anything else reads the answer (guard/).
 * 3. Features: wink-nlp sentences, lemmas, negation, numbers; cue phrases
 *    (reasons, decisions, trade-offs, STAR parts, modality, hedging); the
 *    candidate's actions ("I did" / "we did" / "I would"); the rubric's
 *    claims each sentence supports, by stems, synonym sets and sentence
 *    vectors, with negation; misconceptions it states as its own, by words
 *    or by meaning, with polarity, criticism and sufficiency ("just", "is
 *    enough") checked; how much of it serves the question (features/, match/).
 *    Personal actions exclude states, negated and knowing verbs ("I was
 *    asked", "I did not measure", "I learned"); a quantity needs a number.
 * 4. Dimensions per type, 0–1, each with the evidence that moved it
 *    (dimensions/), combined into a quality mapped to 1–5 by SCORE_CUTS; a
 *    technical answer with every element in place (reference claims covered
 *    with reasons, correct, focused, not hedged) is a 5 without reaching the
 *    top cut (isCompleteTechnical).
 * 5. Caps from the labelling rules: misconceptions, a different question,
 *    STAR gaps (we-not-i, no result, a result without any number), an
 *    experience answer without numbers, and the flags (one-liner, rambling,
 *    keyword-stuffing, hypothetical) (caps.ts, flags.ts). A deep-dive
 *    follow-up (a bank question with parentId) is judged on its concepts,
 *    decisions and costs, numbers and own actions (dimensions/experience.ts).
 * 6. Level (BRIEF §6): the seniority signals quoted from the answer and the
 *    level they show, or none (null) when there are too few to place it, and
 *    the common mistakes it shows (no decisions, no operations or migration
 *    story, no numbers, over-engineering), named, never scored (level.ts);
 *    competency contributions (BRIEF §5).
 *
 * The interview-level formula is documented on scoreInterview (interview.ts).
 */
import { scoreAnswer } from './score-answer.ts';
import type { Question } from '../bank/question.ts';
import type { ScoreInput, Scorer } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

export type { AnswerScore, Evidence, Flag, FlagCode, Gap, InterviewAnswer, InterviewScore, LevelEstimate, ScoreInput, ScoreResult, Scorer, ScoredQuestion } from './types.ts';
export { ENGINE_VERSION } from './version.ts';
export { scoreInterview, combinedScore } from './interview.ts';
export { levelRank, medianLevel } from './level.ts';
export { quadraticWeightedKappa, confusionMatrix, exactAgreement, adjacentAgreement } from './qwk.ts';
export { lengthBaseline, wordCount } from './length-baseline.ts';

export interface BuiltinScorerOptions {
  /** The bank free-text questions are matched against, when the input does not carry one. */
  readonly bank?: readonly Question[];
}

/** The built-in engine: offline, deterministic, every point traced to a rule and a quote. */
export function createBuiltinScorer(options: BuiltinScorerOptions = {}): Scorer {
  return {
    version: ENGINE_VERSION,
    scoreAnswer: (input: ScoreInput) =>
      scoreAnswer(input.bank === undefined && options.bank !== undefined ? { ...input, bank: options.bank } : input),
  };
}
