import { chooseFollowUp } from './follow-up.ts';
import { deadlineOf, isPastDeadline, isPastGrace, timeAllowsFollowUp } from './time-budget.ts';
import {
  err,
  ok,
  toSeq,
  type ConductorError,
  type Instant,
  type InterviewPlan,
  type InterviewState,
  type PlannedQuestion,
  type Result,
  type ScoreView,
  type Transition,
  type Turn,
} from './types.ts';

/**
 * Scores one answer. For a follow-up, `previous` holds the earlier answers to
 * the same question (the parent first), so the answer is scored together with
 * its parent.
 */
export type ScoreAnswer<S extends ScoreView> = (question: PlannedQuestion, answer: AnswerToScore) => S;

export interface AnswerToScore {
  readonly text: string;
  readonly previous: readonly string[];
  readonly followUpId: string | null;
}

export function newInterview<S extends ScoreView = ScoreView>(): InterviewState<S> {
  return { status: 'not_started', seq: toSeq(0), startedAt: null, endedAt: null, endReason: null, turns: [] };
}

const unchanged = <S extends ScoreView>(state: InterviewState<S>): Transition<S> => ({ state, events: [] });

/**
 * Applies what the passing of time alone decides: an invitation never started
 * expires; an interview whose deadline and grace have passed ends, at its
 * deadline, with the turns answered so far.
 */
export function observe<S extends ScoreView>(plan: InterviewPlan, state: InterviewState<S>, now: Instant): Transition<S> {
  if (state.status === 'not_started' && now >= plan.invitationExpiresAt) {
    return { state: { ...state, status: 'expired', endedAt: now }, events: [{ kind: 'interview.expired', at: now }] };
  }
  if (state.status === 'in_progress' && isPastGrace(plan, state, now)) {
    return finish(state, 'time_up', Math.min(now, deadlineOf(plan, state) ?? now));
  }
  return unchanged(state);
}

/** Starts the interview with its first question; starting again is a no-op. */
export function startInterview<S extends ScoreView>(
  plan: InterviewPlan,
  state: InterviewState<S>,
  now: Instant,
): Result<Transition<S>, ConductorError> {
  if (plan.questions.length === 0) throw new Error('an interview plan needs at least one question');
  switch (state.status) {
    case 'in_progress':
      return ok(unchanged(state));
    case 'completed':
      return err({ kind: 'already_over', status: state.status });
    case 'expired':
      return err({ kind: 'invitation_expired' });
    case 'not_started':
      if (now >= plan.invitationExpiresAt) return err({ kind: 'invitation_expired' });
      return ok({
        state: { ...state, status: 'in_progress', startedAt: now, seq: toSeq(1), turns: [questionTurn(plan, 0, 1, now)] },
        events: [{ kind: 'interview.started', at: now }],
      });
  }
}

export interface AnswerInput {
  readonly seq: number;
  readonly text: string;
}

/**
 * Records the answer to the current turn, scores the question so far and asks
 * the next thing: a follow-up, the next question, or nothing (the end).
 * An answer for any other turn is refused and changes nothing.
 */
export function submitAnswer<S extends ScoreView>(
  plan: InterviewPlan,
  state: InterviewState<S>,
  input: AnswerInput,
  now: Instant,
  scoreAnswer: ScoreAnswer<S>,
): Result<Transition<S>, ConductorError> {
  if (state.status === 'not_started') return err({ kind: 'not_started' });
  if (state.status !== 'in_progress') {
    return err(state.endReason === 'time_up' ? { kind: 'time_up' } : { kind: 'already_over', status: state.status });
  }
  if (input.seq !== state.seq) return err({ kind: 'stale_seq', expected: state.seq, received: input.seq });
  if (isPastGrace(plan, state, now)) return err({ kind: 'time_up' });
  const text = input.text.trim();
  if (text.length === 0) return err({ kind: 'empty_answer' });

  const current = currentTurn(state);
  const question = plan.questions[current.questionIndex];
  if (!question) throw new Error(`turn ${current.seq} names question ${current.questionIndex}, not in the plan`);
  const earlier = state.turns.filter((t) => t.questionIndex === current.questionIndex && t.answer !== null);
  const previous = earlier.map((t) => t.answer?.text ?? '');
  const score = scoreAnswer(question, { text, previous, followUpId: current.followUpId });
  const answered: Turn<S> = {
    ...current,
    answer: { text, answeredAt: now, late: isPastDeadline(plan, state, now), score },
  };
  const turns = [...state.turns.slice(0, -1), answered];
  return ok(askNext(plan, { ...state, turns }, answered, score, now));
}

function askNext<S extends ScoreView>(
  plan: InterviewPlan,
  state: InterviewState<S>,
  answered: Turn<S>,
  score: S,
  now: Instant,
): Transition<S> {
  const index = answered.questionIndex;
  const isLastQuestion = index + 1 >= plan.questions.length;
  if (isPastDeadline(plan, state, now)) return finish(state, isLastQuestion ? 'all_answered' : 'time_up', now);

  const asked = state.turns.filter((t) => t.questionIndex === index && t.followUpId !== null);
  const stillToAsk = plan.questions.length - index - 1;
  if (asked.length < plan.maxFollowUps && timeAllowsFollowUp(plan, state, stillToAsk, now)) {
    const question = plan.questions[index]!;
    const askedIds = asked.map((t) => t.followUpId ?? '');
    const followUp = chooseFollowUp(question, score, askedIds, plan.followUpMaxScore);
    if (followUp) {
      const seq = toSeq(state.seq + 1);
      const turn: Turn<S> = {
        seq, kind: 'follow_up', questionIndex: index, questionId: question.id,
        followUpId: followUp.id, prompt: followUp.prompt, askedAt: now, answer: null,
      };
      return unchanged({ ...state, seq, turns: [...state.turns, turn] });
    }
  }
  if (isLastQuestion) return finish(state, 'all_answered', now);
  const seq = state.seq + 1;
  return unchanged({ ...state, seq: toSeq(seq), turns: [...state.turns, questionTurn(plan, index + 1, seq, now)] });
}

function finish<S extends ScoreView>(state: InterviewState<S>, reason: 'all_answered' | 'time_up', at: Instant): Transition<S> {
  return {
    state: { ...state, status: 'completed', endedAt: at, endReason: reason },
    events: [{ kind: 'interview.completed', at, reason }],
  };
}

function questionTurn<S extends ScoreView>(plan: InterviewPlan, index: number, seq: number, now: Instant): Turn<S> {
  const question = plan.questions[index];
  if (!question) throw new Error(`no question ${index} in the plan`);
  return {
    seq: toSeq(seq), kind: 'question', questionIndex: index, questionId: question.id,
    followUpId: null, prompt: question.text, askedAt: now, answer: null,
  };
}

/** The turn awaiting an answer (or the last turn once the interview is over). */
export function currentTurn<S extends ScoreView>(state: InterviewState<S>): Turn<S> {
  const turn = state.turns[state.turns.length - 1];
  if (!turn) throw new Error('an interview without turns has no current turn');
  return turn;
}
