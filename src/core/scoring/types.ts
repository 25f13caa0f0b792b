import type { Competency, Level, Question, QuestionType } from '../bank/question.ts';

/** An answer score on the 1–5 anchors of BRIEF §2; null when the engine declines to score. */
export type AnswerScore = 1 | 2 | 3 | 4 | 5;

/** What an answer was scored against: a bank question, or free text with its type. */
export type ScoredQuestion = Question | { readonly text: string; readonly type: QuestionType };

export interface ScoreInput {
  readonly question: ScoredQuestion;
  readonly answer: string;
  /** For a follow-up: the question and answer it deepens. */
  readonly parent?: { readonly question: ScoredQuestion; readonly answer: string };
  /** The bank a free-text question is matched against (closest question, when clearly the same). */
  readonly bank?: readonly Question[];
  /**
   * The answer is one of the question's own sample answers, scored to
   * calibrate or test the engine: it is not treated as a copy of itself.
   */
  readonly calibration?: boolean;
}

export type FlagCode =
  | 'one-liner'
  | 'rambling'
  | 'keyword-stuffing'
  | 'hypothetical'
  | 'grader-instructions'
  | 'repetition'
  | 'copied-rubric'
  | 'language-not-supported';

export interface Flag {
  readonly code: FlagCode;
  readonly message: string;
  /** The detected language, on `language-not-supported`. */
  readonly language?: string;
}

/** What the answer lacks, as a gap code of docs/ARCHITECTURE.md and words a follow-up can use. */
export interface Gap {
  readonly code: string;
  readonly text: string;
}

/** One rule that moved the score, quoting the candidate's own words (an exact substring). */
export interface Evidence {
  readonly rule: string;
  /** Signed contribution in dimension points (0–1 scale) or a cap such as "cap:2". */
  readonly effect: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** A seniority signal of BRIEF §6 in the candidate's words. */
export interface LevelSignal {
  readonly level: Level;
  /** The signal's category, e.g. "multi-region", "load-test". */
  readonly signal: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface LevelEstimate {
  /** The level the signals show; null when the answer carries too few to place it. */
  readonly estimate: Level | null;
  /** The signals it rests on, in the answer's order. */
  readonly signals: LevelSignal[];
  readonly mistakes: string[];
}

export interface ScoreResult {
  readonly score: AnswerScore | null;
  readonly dimensions: Record<string, number>;
  readonly evidence: Evidence[];
  readonly gaps: Gap[];
  readonly flags: Flag[];
  readonly level: LevelEstimate | null;
  readonly competencies: Partial<Record<Competency, number>>;
  readonly rubric: { readonly source: 'bank' | 'generic'; readonly questionId?: string; readonly hash: string };
  readonly engineVersion: string;
  readonly confidence: 'high' | 'low';
  readonly language?: string;
}

/** The seam another scorer (e.g. an LLM-assisted one) plugs into. */
export interface Scorer {
  readonly version: string;
  scoreAnswer(input: ScoreInput): ScoreResult;
}

export interface InterviewAnswer {
  readonly questionId?: string;
  readonly type: QuestionType;
  readonly competencies: readonly Competency[];
  readonly result: ScoreResult;
  readonly followUps: readonly ScoreResult[];
}

export interface InterviewScore {
  /** 0–100 integer. */
  readonly overall: number;
  /** Per competency, 0–100 integers, only for competencies the screen assessed. */
  readonly competencies: Partial<Record<Competency, number>>;
  readonly decision: 'pass' | 'fail' | 'needs_review';
  readonly reasons: string[];
}
