import { describe, expect, it } from 'vitest';
import { scoreInterview } from './interview.ts';
import type { AnswerScore, InterviewAnswer, ScoreResult } from './types.ts';

function result(score: AnswerScore | null, extra: Partial<ScoreResult> = {}): ScoreResult {
  return {
    score,
    dimensions: {},
    evidence: [],
    gaps: [],
    flags: [],
    level: null,
    competencies: {},
    rubric: { source: 'generic', hash: 'h' },
    engineVersion: 'test',
    confidence: 'high',
    ...extra,
  };
}

function answer(score: AnswerScore | null, followUps: ScoreResult[] = [], extra: Partial<ScoreResult> = {}): InterviewAnswer {
  return { type: 'technical', competencies: ['system_design'], result: result(score, extra), followUps };
}

describe('scoreInterview', () => {
  it('maps the mean answer score to 0–100 and passes at the threshold', () => {
    const r = scoreInterview({ passThreshold: 75, answers: [answer(5), answer(4)] });
    expect(r.overall).toBe(88);
    expect(r.decision).toBe('pass');
    expect(r.competencies.system_design).toBe(88);
  });

  it('fails below the threshold', () => {
    expect(scoreInterview({ passThreshold: 60, answers: [answer(2), answer(3)] }).decision).toBe('fail');
  });

  it('scores a follow-up together with its parent, the parent counting double', () => {
    const r = scoreInterview({ passThreshold: 50, answers: [answer(2, [result(5)])] });
    expect(r.overall).toBe(50); // (2·2 + 5) / 3 = 3 → 50
  });

  it('sends the interview to review when an answer is unscored or flagged for its integrity, whatever the totals', () => {
    for (const code of ['grader-instructions', 'copied-rubric'] as const) {
      const flagged = answer(5, [], { flags: [{ code, message: 'x' }] });
      expect(scoreInterview({ passThreshold: 10, answers: [answer(5), flagged] }).decision, code).toBe('needs_review');
      const inFollowUp = answer(5, [result(4, { flags: [{ code, message: 'x' }] })]);
      expect(scoreInterview({ passThreshold: 10, answers: [answer(5), inFollowUp] }).decision, code).toBe('needs_review');
    }
    expect(scoreInterview({ passThreshold: 10, answers: [answer(5), answer(null)] }).decision).toBe('needs_review');
  });

  it('lets a flag that already cost points (a one-line follow-up, say) leave the decision to the threshold', () => {
    const oneLiner = result(2, { flags: [{ code: 'one-liner', message: 'a one-line answer' }] });
    const answers = [answer(4), answer(4, [oneLiner]), answer(1, [], { flags: [{ code: 'hypothetical', message: 'x' }] })];
    expect(scoreInterview({ passThreshold: 40, answers }).decision).toBe('pass');
    expect(scoreInterview({ passThreshold: 90, answers }).decision).toBe('fail');
  });

  it('sends low-confidence answers to a person only when a point on them could decide the result', () => {
    const unsure = answer(3, [], { confidence: 'low' });
    // Four questions: one point on one answer is 100 / 16 = 6.25 points of overall; here overall is 69.
    const answers = [answer(4), answer(4), answer(4), unsure];
    expect(scoreInterview({ passThreshold: 40, answers }).decision).toBe('pass');
    expect(scoreInterview({ passThreshold: 95, answers }).decision).toBe('fail');
    const near = scoreInterview({ passThreshold: 70, answers });
    expect(near.decision).toBe('needs_review');
    expect(near.reasons).toContain('Q4: scored with low confidence, and a point more or less on it would put the overall on the other side of the threshold');
    expect(scoreInterview({ passThreshold: 65, answers }).decision).toBe('needs_review');
  });

  it('explains the decision in words a hiring manager can check: the threshold first, then each answer that needs a person, by its Q number', () => {
    const instructed = result(2, { flags: [{ code: 'grader-instructions', message: 'text addressed to the scorer was removed before scoring' }] });
    const r = scoreInterview({ passThreshold: 40, answers: [answer(4), answer(4, [instructed]), null] });
    expect(r.decision).toBe('needs_review');
    expect(r.reasons).toEqual([
      `Overall ${r.overall} is at or above the pass threshold of 40, but the result is not decided automatically because of the answers below.`,
      'Q2, follow-up 1: flagged: text addressed to the scorer was removed before scoring',
      'Not answered (each counted as the lowest score): Q3',
    ]);
    expect(scoreInterview({ passThreshold: 90, answers: [answer(4)] }).reasons).toEqual(['Overall 75 is below the pass threshold of 90.']);
  });

  it('counts a question never answered as the lowest score, and leaves an interview with no answer to a person', () => {
    expect(scoreInterview({ passThreshold: 40, answers: [answer(5), null] }).overall).toBe(50); // (5 + 1) / 2 = 3
    const none = scoreInterview({ passThreshold: 40, answers: [null, null] });
    expect(none.decision).toBe('needs_review');
    expect(none.reasons).toEqual(['No question was answered, so the result is not decided automatically.']);
  });
});
