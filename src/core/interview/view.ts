import { timeReport, type TimeReport } from './time-budget.ts';
import type { EndReason, InterviewPlan, InterviewState, InterviewStatus, ScoreView, Seq } from './types.ts';

export interface CurrentPrompt {
  readonly kind: 'question' | 'follow_up';
  readonly text: string;
  readonly questionId: string;
  readonly followUpId: string | null;
  /** 1-based: "question k of n". */
  readonly number: number;
  readonly of: number;
  /** 1 or 2 for a follow-up, 0 for the question itself. */
  readonly followUpNumber: number;
}

export interface InterviewView {
  readonly status: InterviewStatus;
  readonly seq: Seq;
  readonly question: CurrentPrompt | null;
  readonly time: TimeReport;
  /** Coming back with the same link continues here. */
  readonly canResume: boolean;
  readonly endReason: EndReason | null;
  readonly answeredTurns: number;
}

/** Where the interview stands, as the candidate is shown it. */
export function describeInterview(plan: InterviewPlan, state: InterviewState, now: number): InterviewView {
  const last = state.turns[state.turns.length - 1];
  const waiting = state.status === 'in_progress' && last !== undefined && last.answer === null ? last : null;
  const question: CurrentPrompt | null = waiting
    ? {
        kind: waiting.kind,
        text: waiting.prompt,
        questionId: waiting.questionId,
        followUpId: waiting.followUpId,
        number: waiting.questionIndex + 1,
        of: plan.questions.length,
        followUpNumber: state.turns.filter(
          (t) => t.questionIndex === waiting.questionIndex && t.kind === 'follow_up' && t.seq <= waiting.seq,
        ).length,
      }
    : null;
  return {
    status: state.status,
    seq: state.seq,
    question,
    time: timeReport(plan, state, now),
    canResume: state.status === 'in_progress',
    endReason: state.endReason,
    answeredTurns: state.turns.filter((t) => t.answer !== null).length,
  };
}

export interface QuestionOutcome<S extends ScoreView> {
  readonly questionIndex: number;
  readonly questionId: string;
  /** The score of the answer to the question itself; null if never answered. */
  readonly result: S | null;
  /** The scores of the follow-up answers, in order. */
  readonly followUps: readonly S[];
  readonly followUpIds: readonly string[];
}

/** Per question of the plan: its answer's score and its follow-ups' scores. */
export function questionOutcomes<S extends ScoreView>(plan: InterviewPlan, state: InterviewState<S>): QuestionOutcome<S>[] {
  return plan.questions.map((q, questionIndex) => {
    const turns = state.turns.filter((t) => t.questionIndex === questionIndex);
    const main = turns.find((t) => t.kind === 'question');
    return {
      questionIndex,
      questionId: q.id,
      result: main?.answer?.score ?? null,
      followUps: turns.flatMap((t) => (t.kind === 'follow_up' && t.answer?.score ? [t.answer.score] : [])),
      followUpIds: turns.flatMap((t) => (t.followUpId === null ? [] : [t.followUpId])),
    };
  });
}
