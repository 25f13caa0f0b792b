import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../core/scoring/index.ts';
import { ctx, interview, result } from '../../test/support/report-fixture.ts';
import { buildReport } from './report-builder.ts';

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
