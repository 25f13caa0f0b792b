import { scoreAnswer } from './score-answer.ts';
import type { Question } from '../bank/question.ts';
import type { ScoreInput, Scorer } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

export type { AnswerScore, Evidence, Flag, FlagCode, Gap, InterviewAnswer, InterviewScore, LevelEstimate, ScoreInput, ScoreResult, Scorer, ScoredQuestion } from './types.ts';
export { ENGINE_VERSION } from './version.ts';
export { scoreInterview, combinedScore } from './interview.ts';
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
