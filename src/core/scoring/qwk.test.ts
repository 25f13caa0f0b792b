import { describe, expect, it } from 'vitest';
import { adjacentAgreement, confusionMatrix, exactAgreement, quadraticWeightedKappa } from './qwk.ts';
import { lengthBaseline } from './length-baseline.ts';

describe('quadratic weighted kappa', () => {
  it('matches the reference value for a known rating pair', () => {
    const a = [1, 4, 2, 2, 5, 2, 5, 4, 5, 3, 1];
    const b = [3, 4, 4, 4, 4, 4, 6, 7, 8, 9, 10];
    expect(quadraticWeightedKappa(a, b, 1, 10)).toBeCloseTo(0.0410256, 6);
  });

  it('is 1 for perfect agreement and symmetric in its arguments', () => {
    const a = [1, 2, 3, 4, 5, 3];
    const b = [2, 2, 3, 5, 5, 1];
    expect(quadraticWeightedKappa(a, a, 1, 5)).toBe(1);
    expect(quadraticWeightedKappa(a, b, 1, 5)).toBeCloseTo(quadraticWeightedKappa(b, a, 1, 5), 12);
  });
});

describe('agreement counts', () => {
  it('counts exact and adjacent agreement and fills the confusion matrix', () => {
    const labels = [1, 2, 3, 5];
    const scores = [1, 3, 5, 5];
    expect(exactAgreement(labels, scores)).toBe(0.5);
    expect(adjacentAgreement(labels, scores)).toBe(0.75);
    expect(confusionMatrix(labels, scores)[2]![4]).toBe(1);
  });
});

describe('length-only baseline', () => {
  it('gives longer answers higher labels, drawn from the set’s own label distribution', () => {
    expect(lengthBaseline([10, 300, 50], [5, 1, 3])).toEqual([1, 5, 3]);
  });
});
