/**
 * The length-only baseline calibration reports beside the engine: word count
 * mapped to 1–5 by the quantiles of the set's own word counts, matched to the
 * set's label distribution. It is the best a length rule can do on the set,
 * which is what the engine must beat (SCORING-NOTES: length is not the signal).
 */
export function lengthBaseline(wordCounts: readonly number[], labels: readonly number[]): number[] {
  const n = wordCounts.length;
  const order = wordCounts.map((w, i) => [w, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const sortedLabels = [...labels].sort((x, y) => x - y);
  const out = new Array<number>(n).fill(3);
  order.forEach(([, idx], rank) => {
    out[idx] = sortedLabels[rank] ?? 3;
  });
  return out;
}

export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}
