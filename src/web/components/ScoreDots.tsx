/** A 1–5 score as text plus five dots (the dots are decoration). */
export function ScoreDots({ score, max = 5 }: { readonly score: number | null; readonly max?: number }) {
  if (score === null || Number.isNaN(score)) return <span className="score">not scored</span>;
  const filled = Math.round(score);
  return (
    <span className="score">
      <span className="score-value">
        {Number.isInteger(score) ? score : score.toFixed(1)}
        <span className="score-max"> / {max}</span>
      </span>
      <span className="dots" aria-hidden="true">
        {Array.from({ length: max }, (_, i) => (
          <span key={i} className={i < filled ? 'dot dot-on' : 'dot'} />
        ))}
      </span>
    </span>
  );
}
