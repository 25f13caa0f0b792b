/**
 * Agreement statistics for calibration: quadratic weighted kappa (Cohen,
 * with quadratic weights), exact and adjacent agreement, confusion matrix.
 */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[], min?: number, max?: number): number {
  if (a.length !== b.length) throw new Error('rating lists differ in length');
  if (a.length === 0) return 0;
  const lo = min ?? Math.min(...a, ...b);
  const hi = max ?? Math.max(...a, ...b);
  const n = hi - lo + 1;
  const observed = confusionMatrix(a, b, lo, hi);
  const histA = new Array<number>(n).fill(0);
  const histB = new Array<number>(n).fill(0);
  a.forEach((x) => histA[x - lo]!++);
  b.forEach((x) => histB[x - lo]!++);
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const w = n === 1 ? 0 : ((i - j) * (i - j)) / ((n - 1) * (n - 1));
      const expected = (histA[i]! * histB[j]!) / a.length;
      num += w * observed[i]![j]!;
      den += w * expected;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}

/** matrix[i][j] = count of items rated lo+i by a and lo+j by b. */
export function confusionMatrix(a: readonly number[], b: readonly number[], lo = 1, hi = 5): number[][] {
  const n = hi - lo + 1;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  a.forEach((x, k) => {
    const y = b[k];
    if (y !== undefined) m[x - lo]![y - lo]!++;
  });
  return m;
}

export function exactAgreement(a: readonly number[], b: readonly number[]): number {
  return a.length === 0 ? 0 : a.filter((x, i) => x === b[i]).length / a.length;
}

export function adjacentAgreement(a: readonly number[], b: readonly number[]): number {
  return a.length === 0 ? 0 : a.filter((x, i) => Math.abs(x - (b[i] ?? Infinity)) <= 1).length / a.length;
}
