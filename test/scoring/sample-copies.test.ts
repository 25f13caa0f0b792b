import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/index.ts';
import { createBuiltinScorer } from '../../src/core/scoring/index.ts';
import { devAnswers } from '../support/dev-set.ts';

/**
 * The other side of the sample-copy check (src/core/scoring/padding.test.ts):
 * candidates who wrote their own answers lose nothing to it.
 */
describe('the sample-copy check on the dev set', () => {
  const bank = loadBank();
  const scorer = createBuiltinScorer({ bank });

  it('changes no score, flag or confidence of the candidates\' answers, who wrote their own', () => {
    const onBank = devAnswers().filter((d) => bank.some((b) => b.id === d.questionId));
    expect(onBank.length).toBeGreaterThanOrEqual(100);
    for (const d of onBank) {
      const q = bank.find((b) => b.id === d.questionId)!;
      const asCandidate = scorer.scoreAnswer({ question: q, answer: d.answer });
      const unchecked = scorer.scoreAnswer({ calibration: true, question: q, answer: d.answer });
      expect(asCandidate.score, d.id).toBe(unchecked.score);
      expect([asCandidate.flags, asCandidate.confidence], d.id).toEqual([unchecked.flags, unchecked.confidence]);
    }
  });
});
