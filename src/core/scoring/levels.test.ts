import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { levelRank } from './level.ts';
import { createBuiltinScorer } from './index.ts';

const bank = loadBank();
const scorer = createBuiltinScorer({ bank });
const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;

describe('every bank question and its sample answers by level', () => {
  for (const q of bank) {
    const results = LEVELS.map((level) => scorer.scoreAnswer({ question: q, answer: q.sampleAnswers[level] }));

    it(`${q.id}: scores its own sample answers in level order`, () => {
      const scores = results.map((r) => r.score ?? 0);
      for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1]!);
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
