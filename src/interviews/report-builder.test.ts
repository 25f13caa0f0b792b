import { describe, expect, it } from 'vitest';
import { newInterview, planInterview, startInterview, submitAnswer, type InterviewState } from '../core/interview/index.ts';
import type { ScoreResult } from '../core/scoring/index.ts';
import { buildReport } from './report-builder.ts';
import type { ScreenSnapshot } from './screen-snapshot.ts';

const T0 = Date.UTC(2026, 0, 5, 9);
const question = (id: string, type: 'behavioral' | 'situational') => ({
  id, type, text: `Question ${id}?`, competencies: ['communication' as const], followUps: [{ id: `${id}-f`, gap: 'numbers', prompt: 'In numbers?' }],
  topic: 't', bank: 'custom' as const, anchors: { '5': 'five', '3': 'three', '1': 'one' }, signals: ['s s s'], redFlags: ['r r r'],
  concepts: [], misconceptions: [], sampleAnswers: { junior: 'jjj', mid: 'mmm', senior: 'sss', staff: 'ttt' },
});
const screen: ScreenSnapshot = {
  id: 'scr_1', orgId: 'org', title: 'Screen', role: 'Backend engineer', lineageId: 'scr_1', lineageNumber: 2, rubricHash: 'abc123',
  engineVersion: 'prescreen-engine/1.0.0', passThreshold: 60, timeBudgetMinutes: 20, questions: [question('q1', 'behavioral'), question('q2', 'situational')],
};
const result = (score: 1 | 2 | 3 | 4 | 5, gaps: string[] = []): ScoreResult => ({
  score, dimensions: { situation: score / 5 }, evidence: [{ rule: 'r', effect: '+0.2', quote: 'answer', start: 0, end: 6 }], gaps: gaps.map((code) => ({ code, text: code })),
  flags: [], level: { estimate: score >= 4 ? 'senior' : 'mid', signals: [], mistakes: score < 3 ? ['no numbers'] : [] }, competencies: { communication: score },
  rubric: { source: 'bank', hash: 'h' }, engineVersion: 'prescreen-engine/1.0.0', confidence: 'high',
});

function interview(scores: ScoreResult[], answers: number): InterviewState<ScoreResult> {
  const plan = planInterview({ questions: screen.questions.map((q) => ({ id: q.id, text: q.text, followUps: q.followUps })), timeBudgetMinutes: 20, invitationExpiresAt: T0 + 1e9 });
  let s = (startInterview(plan, newInterview<ScoreResult>(), T0) as { ok: true; value: { state: InterviewState<ScoreResult> } }).value.state;
  for (let i = 0; i < answers; i++) {
    const r = submitAnswer(plan, s, { seq: s.seq, text: `answer ${i}` }, T0 + (i + 1) * 60_000, () => scores[i]!);
    if (!r.ok) throw new Error(r.error.kind);
    s = r.value.state;
  }
  return s;
}

const ctx = (state: InterviewState<ScoreResult>) => ({
  interviewId: 'itv_1', candidate: { name: 'Ada', email: 'ada@example.com' }, extraTimeFactor: 1.25, screen,
  plan: planInterview({ questions: screen.questions.map((q) => ({ id: q.id, text: q.text, followUps: q.followUps })), timeBudgetMinutes: 20, invitationExpiresAt: T0 + 1e9 }),
  state, engineVersion: 'prescreen-engine/1.0.0',
});

describe('buildReport', () => {
  it('scores out of 100 against the locked threshold, with follow-ups, transcript and provenance', () => {
    const state = interview([result(3, ['numbers']), result(5), result(5)], 3);
    const r = buildReport(ctx(state));
    expect(r.questions.map((q) => [q.questionId, q.score, q.followUps.map((f) => f.score)])).toEqual([['q1', 3, [5]], ['q2', 5, []]]);
    expect(r.overall).toBe(Math.round(((((3 * 2 + 5) / 3 + 5) / 2 - 1) / 4) * 100));
    expect(r.decision).toBe('pass');
    expect(r.screen).toMatchObject({ version: 2, rubricHash: 'abc123' });
    expect(r.accommodations.extraTimeFactor).toBe(1.25);
    expect(r.transcript.map((l) => l.speaker)).toEqual(['interviewer', 'candidate', 'interviewer', 'candidate', 'interviewer', 'candidate']);
    expect(r.level).toBe('mid'); // the lower median of mid and senior: conservative
  });

  it('counts a question never answered as the lowest score, so running out of time is no advantage', () => {
    const r = buildReport(ctx(interview([result(5)], 1)));
    expect(r.questions[1]).toMatchObject({ asked: true, answer: null, score: null });
    expect(r.overall).toBe(50);
    expect(r.decision).toBe('fail');
    // The reasons agree with the score they explain.
    expect(r.reasons).toEqual(['Overall 50 is below the pass threshold of 60.', 'Not answered (each counted as the lowest score): Q2']);
  });

  it('takes the level from the answers the signals placed: an answer with too few signals does not pull it down', () => {
    const placed = (estimate: 'mid' | 'senior' | null): ScoreResult => ({
      ...result(4),
      level: { estimate, signals: estimate ? [{ level: estimate, signal: 'queue', quote: 'a queue', start: 0, end: 7 }] : [], mistakes: [] },
    });
    const r = buildReport(ctx(interview([placed(null), placed('senior')], 2)));
    expect(r.level).toBe('senior');
    expect(r.questions.map((q) => q.levelSignals.length)).toEqual([0, 1]);
    expect(buildReport(ctx(interview([placed(null), placed(null)], 2))).level).toBeNull();
  });

  it('names as common the mistakes that most answers show, not any one answer\'s', () => {
    const withMistakes = (mistakes: string[]): ScoreResult => ({ ...result(4), level: { estimate: 'mid', signals: [], mistakes } });
    const r = buildReport(ctx(interview([withMistakes(['no concrete numbers', 'no operations story']), withMistakes(['no concrete numbers'])], 2)));
    expect(r.commonMistakes).toEqual(['no concrete numbers']);
  });

  it('is a pure function of its inputs', () => {
    const state = interview([result(2, ['numbers']), result(2), result(4)], 3);
    expect(buildReport(ctx(state))).toEqual(buildReport(ctx(JSON.parse(JSON.stringify(state)))));
  });
});
