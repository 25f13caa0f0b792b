import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { LEVELS } from '../bank/question.ts';
import { levelRank, medianLevel } from './level.ts';
import { createBuiltinScorer } from './index.ts';
import { seniorityHits } from './features/seniority.ts';
import { analyse } from './text/analyse.ts';

const bank = loadBank();
const scorer = createBuiltinScorer({ bank });

describe('medianLevel', () => {
  it('takes the middle level, the lower one of an even count, and none of none', () => {
    expect(medianLevel(['staff', 'junior', 'senior'])).toBe('senior');
    expect(medianLevel(['staff', 'mid', 'senior', 'junior'])).toBe('mid');
    expect(medianLevel(['staff'])).toBe('staff');
    expect(medianLevel([])).toBeNull();
  });
});

describe('every bank question and its sample answers by level', () => {
  for (const q of bank) {
    const results = LEVELS.map((level) => scorer.scoreAnswer({ calibration: true, question: q, answer: q.sampleAnswers[level] }));

    // On content alone: each sample answers the question at least as fully as the level below it
    // (no exemplar lookup), and the staff answer is strictly better than the junior one.
    it(`${q.id}: scores its own sample answers in level order`, () => {
      const scores = results.map((r) => r.score ?? 0);
      for (let i = 1; i < scores.length; i++) expect(scores[i], `${LEVELS[i]} vs ${LEVELS[i - 1]}: ${scores.join(',')}`).toBeGreaterThanOrEqual(scores[i - 1]!);
      expect(scores[3], `staff vs junior: ${scores.join(',')}`).toBeGreaterThan(scores[0]!);
    });

    if (results[0]!.level !== null) {
      it(`${q.id}: estimates junior < mid < senior <= staff`, () => {
        const ranks = results.map((r) => levelRank(r.level!.estimate));
        expect(ranks[0]).toBeLessThan(ranks[1]!);
        expect(ranks[1]).toBeLessThan(ranks[2]!);
        expect(ranks[2]).toBeLessThanOrEqual(ranks[3]!);
      });
    }
  }
});

describe('the level estimate comes from the answer’s content, not from resembling a sample answer', () => {
  /** Sentences that carry a seniority signal of BRIEF §6 removed, the rest of the sample kept. */
  function stripSignals(text: string): string {
    const hits = seniorityHits(analyse(text), true);
    const a = analyse(text);
    return a.sentences
      .filter((s) => !hits.some((h) => h.start >= s.start && h.end <= s.end))
      .map((s) => text.slice(s.start, s.end))
      .join(' ');
  }

  for (const q of bank.filter((b) => scorer.scoreAnswer({ calibration: true, question: b, answer: b.sampleAnswers.staff }).level !== null)) {
    it(`${q.id}: a staff or senior sample without its level-specific sentences does not keep its level`, () => {
      for (const level of ['senior', 'staff'] as const) {
        const stripped = stripSignals(q.sampleAnswers[level]);
        const r = scorer.scoreAnswer({ calibration: true, question: q, answer: stripped });
        expect(levelRank(r.level!.estimate), `${level}: ${stripped}`).toBeLessThan(levelRank(level));
      }
    });
  }

  it('does not count a negated signal', () => {
    const said = seniorityHits(analyse('We had no rate limiting and no load tests, and nothing ran in more than one region.'));
    expect(said.map((h) => h.id)).not.toContain('rate-limit');
    expect(said.map((h) => h.id)).not.toContain('load-test');
  });
});
