import type { Level } from '../core/bank/index.ts';
import { questionOutcomes, type InterviewPlan, type InterviewState } from '../core/interview/index.ts';
import { combinedScore, medianLevel, scoreInterview, type InterviewAnswer, type ScoreResult } from '../core/scoring/index.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

export interface ReportContext {
  readonly interviewId: string;
  readonly candidate: { readonly name: string; readonly email: string };
  readonly extraTimeFactor: number;
  readonly screen: ScreenSnapshot;
  readonly plan: InterviewPlan;
  readonly state: InterviewState<ScoreResult>;
  readonly engineVersion: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The report of a finished interview: overall out of 100 and the decision
 * against the screen's locked threshold, per question the score with its
 * evidence, flags and follow-ups, competencies, a level estimate, common
 * mistakes and the whole transcript. Pure: the same inputs give the same report.
 */
export function buildReport(ctx: ReportContext) {
  const { screen, plan, state } = ctx;
  const outcomes = questionOutcomes(plan, state);
  const answers: (InterviewAnswer | null)[] = [];
  const questions = screen.questions.map((q, i) => {
    const o = outcomes[i]!;
    const turns = state.turns.filter((t) => t.questionIndex === i);
    const main = turns.find((t) => t.kind === 'question');
    const answer: InterviewAnswer | null = o.result
      ? { questionId: q.id, type: q.type, competencies: q.competencies, result: o.result, followUps: o.followUps }
      : null;
    answers.push(answer);
    const combined = answer ? combinedScore(answer) : null;
    return {
      questionId: q.id,
      text: q.text,
      type: q.type,
      competencies: q.competencies,
      asked: main !== undefined,
      answer: main?.answer?.text ?? null,
      score: o.result?.score ?? null,
      combinedScore: combined === null ? null : Math.round(combined * 100) / 100,
      dimensions: o.result?.dimensions ?? {},
      evidence: o.result?.evidence ?? [],
      gaps: o.result?.gaps ?? [],
      flags: o.result?.flags ?? [],
      level: o.result?.level?.estimate ?? null,
      levelSignals: o.result?.level?.signals ?? [],
      confidence: o.result?.confidence ?? null,
      followUps: turns.filter((t) => t.kind === 'follow_up').map((t) => ({
        followUpId: t.followUpId, prompt: t.prompt, answer: t.answer?.text ?? null,
        score: t.answer?.score?.score ?? null, evidence: t.answer?.score?.evidence ?? [], flags: t.answer?.score?.flags ?? [],
      })),
    };
  });
  // A question never answered counts as the lowest score (see scoreInterview).
  const { overall, decision, reasons, competencies } = scoreInterview({ passThreshold: screen.passThreshold, answers });
  const answered = answers.filter((a): a is InterviewAnswer => a !== null);
  return {
    interviewId: ctx.interviewId,
    overall,
    decision,
    passThreshold: screen.passThreshold,
    reasons,
    candidate: ctx.candidate,
    screen: {
      id: screen.id, title: screen.title, role: screen.role, lineageId: screen.lineageId, version: screen.lineageNumber,
      rubricHash: screen.rubricHash, engineVersion: screen.engineVersion,
    },
    engineVersion: ctx.engineVersion,
    accommodations: { extraTimeFactor: ctx.extraTimeFactor },
    timing: {
      startedAt: iso(state.startedAt), endedAt: iso(state.endedAt), endReason: state.endReason,
      budgetMinutes: screen.timeBudgetMinutes * ctx.extraTimeFactor,
      usedSeconds: state.startedAt === null || state.endedAt === null ? 0 : Math.round((state.endedAt - state.startedAt) / 1000),
    },
    competencies,
    level: levelOf(answered.map((a) => a.result)),
    commonMistakes: mistakesOfMost(answered.map((a) => a.result)),
    questions,
    transcript: transcriptOf(state),
  };
}

export type Report = ReturnType<typeof buildReport>;

/** A report as stored and served: one immutable revision. */
export type IssuedReport = Report & { readonly id: string; readonly revision: number; readonly reason: string };

/**
 * The mistakes that most of the answers judged for them show (those with a
 * level estimate), in the order first seen: one answer without a number does
 * not make a candidate who never gives one.
 */
function mistakesOfMost(results: readonly ScoreResult[]): string[] {
  const judged = results.flatMap((r) => (r.level ? [r.level.mistakes] : []));
  const counts = new Map<string, number>();
  for (const m of judged.flat()) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].filter(([, n]) => n * 2 > judged.length).map(([m]) => m);
}

/** The median of the per-answer level estimates, over the answers the signals placed. */
function levelOf(results: readonly ScoreResult[]): Level | null {
  return medianLevel(results.flatMap((r) => (r.level?.estimate ? [r.level.estimate] : [])));
}

function transcriptOf(state: InterviewState<ScoreResult>) {
  return state.turns.flatMap((t) => {
    const asked = { seq: t.seq, speaker: 'interviewer' as const, kind: t.kind, questionId: t.questionId, text: t.prompt, at: iso(t.askedAt)!, late: false };
    if (!t.answer) return [asked];
    return [asked, { seq: t.seq, speaker: 'candidate' as const, kind: t.kind, questionId: t.questionId, text: t.answer.text, at: iso(t.answer.answeredAt)!, late: t.answer.late }];
  });
}
