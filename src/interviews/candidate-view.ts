import { describeInterview, type InterviewState } from '../core/interview/index.ts';
import type { InterviewRecord } from '../db/repositories/interviews.ts';
import { DATA_USE, DATA_USE_DETAILS, HOW_ANSWERS_ARE_JUDGED } from '../core/interview/candidate-info.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

/**
 * Where the interview stands, for the candidate. `withTurns` adds the turns
 * so far with the candidate's own answers (on reads, so a candidate who comes
 * back sees what was recorded) and the texts shown before the start; answer
 * responses stay small. The team's answers about the role, the feedback and
 * the rating are added by `withTrust` (candidate-trust.ts).
 */
export function candidateView(record: InterviewRecord, screen: ScreenSnapshot, state: InterviewState, now: number, withTurns = false) {
  const v = describeInterview(record.plan, state, now);
  return {
    interviewId: record.row.id,
    status: v.status,
    seq: v.seq as number,
    question: v.question,
    time: {
      budgetSeconds: Math.round(v.time.budgetMs / 1000),
      usedSeconds: Math.round(v.time.usedMs / 1000),
      leftSeconds: Math.round(v.time.leftMs / 1000),
      inGrace: v.time.inGrace,
      graceSeconds: Math.round(record.plan.graceMs / 1000),
    },
    canResume: v.canResume,
    endReason: v.endReason,
    answeredTurns: v.answeredTurns,
    candidate: { name: record.invitation.name },
    screen: { title: screen.title, role: screen.role, questionCount: screen.questions.length, timeBudgetMinutes: screen.timeBudgetMinutes },
    accommodations: { extraTimeFactor: record.invitation.extraTimeFactor },
    expiresAt: new Date(record.plan.invitationExpiresAt).toISOString(),
    ...(withTurns
      ? {
          howAnswersAreJudged: HOW_ANSWERS_ARE_JUDGED,
          dataUse: DATA_USE,
          dataUseDetails: DATA_USE_DETAILS,
          turns: state.turns.map((t) => ({
            seq: t.seq as number, kind: t.kind, questionId: t.questionId, prompt: t.prompt,
            askedAt: new Date(t.askedAt).toISOString(), answer: t.answer ? { text: t.answer.text, answeredAt: new Date(t.answer.answeredAt).toISOString() } : null,
          })),
        }
      : {}),
  };
}

export type CandidateView = ReturnType<typeof candidateView>;
