import { newInterview, planInterview, startInterview, submitAnswer, type InterviewState } from '../../src/core/interview/index.ts';
import type { ScoreResult } from '../../src/core/scoring/index.ts';
import type { ScreenSnapshot } from '../../src/interviews/screen-snapshot.ts';

/** A two-question screen, scores chosen by the test, and the interview that answers it: the inputs of buildReport. */
export const T0 = Date.UTC(2026, 0, 5, 9);
const question = (id: string, type: 'behavioral' | 'situational') => ({
  id, type, text: `Question ${id}?`, competencies: ['communication' as const], followUps: [{ id: `${id}-f`, gap: 'numbers', prompt: 'In numbers?' }],
  topic: 't', bank: 'custom' as const, anchors: { '5': 'five', '3': 'three', '1': 'one' }, signals: ['s s s'], redFlags: ['r r r'],
  concepts: [], misconceptions: [], sampleAnswers: { junior: 'jjj', mid: 'mmm', senior: 'sss', staff: 'ttt' },
});
export const screen: ScreenSnapshot = {
  id: 'scr_1', orgId: 'org', title: 'Screen', role: 'Backend engineer', lineageId: 'scr_1', lineageNumber: 2, rubricHash: 'abc123',
  engineVersion: 'prescreen-engine/1.0.0', passThreshold: 60, timeBudgetMinutes: 20, questions: [question('q1', 'behavioral'), question('q2', 'situational')],
};
export const result = (score: 1 | 2 | 3 | 4 | 5, gaps: string[] = []): ScoreResult => ({
  score, dimensions: { situation: score / 5 }, evidence: [{ rule: 'r', effect: '+0.2', quote: 'answer', start: 0, end: 6 }], gaps: gaps.map((code) => ({ code, text: code })),
  flags: [], level: { estimate: score >= 4 ? 'senior' : 'mid', signals: [], mistakes: score < 3 ? ['no numbers'] : [] }, competencies: { communication: score },
  rubric: { source: 'bank', hash: 'h' }, engineVersion: 'prescreen-engine/1.0.0', confidence: 'high',
});

export function interview(scores: ScoreResult[], answers: number): InterviewState<ScoreResult> {
  const plan = planInterview({ questions: screen.questions.map((q) => ({ id: q.id, text: q.text, followUps: q.followUps })), timeBudgetMinutes: 20, invitationExpiresAt: T0 + 1e9 });
  let s = (startInterview(plan, newInterview<ScoreResult>(), T0) as { ok: true; value: { state: InterviewState<ScoreResult> } }).value.state;
  for (let i = 0; i < answers; i++) {
    const r = submitAnswer(plan, s, { seq: s.seq, text: `answer ${i}` }, T0 + (i + 1) * 60_000, () => scores[i]!);
    if (!r.ok) throw new Error(r.error.kind);
    s = r.value.state;
  }
  return s;
}

export const ctx = (state: InterviewState<ScoreResult>) => ({
  interviewId: 'itv_1', candidate: { name: 'Ada', email: 'ada@example.com' }, extraTimeFactor: 1.25, screen,
  plan: planInterview({ questions: screen.questions.map((q) => ({ id: q.id, text: q.text, followUps: q.followUps })), timeBudgetMinutes: 20, invitationExpiresAt: T0 + 1e9 }),
  state, engineVersion: 'prescreen-engine/1.0.0',
});
