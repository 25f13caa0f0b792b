import { COMPETENCY_LABELS, label } from '../lib/labels.ts';

interface Props {
  readonly scores: readonly [string, number | null][];
  /** Scores run from 0 to max: 5 for rubric scores, 100 for percentages. */
  readonly max?: number;
}

const ROW = 34;
const LABEL_W = 190;
const BAR_W = 240;

/** Horizontal bars per competency, drawn with SVG attributes (no inline styles). */
export function CompetencyChart({ scores, max }: Props) {
  if (scores.length === 0) return <p className="muted">No competency scores.</p>;
  const top = max ?? (scores.some(([, s]) => (s ?? 0) > 5) ? 100 : 5);
  const height = scores.length * ROW + 4;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`} role="img" aria-labelledby="chart-caption" className="chart-svg">
        {scores.map(([name, s], i) => {
          const y = i * ROW + 4;
          const w = s === null ? 0 : Math.max(2, (Math.min(s, top) / top) * BAR_W);
          return (
            <g key={name}>
              <text x={0} y={y + 18} className="chart-label">
                {label(COMPETENCY_LABELS, name)}
              </text>
              <rect x={LABEL_W} y={y + 4} width={BAR_W} height={18} rx={4} className="chart-track" />
              <rect x={LABEL_W} y={y + 4} width={w} height={18} rx={4} className="chart-bar" />
              <text x={LABEL_W + BAR_W + 8} y={y + 18} className="chart-value">
                {s === null ? '—' : Number.isInteger(s) ? s : s.toFixed(1)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="chart-caption">
        Competency scores out of {top}:{' '}
        {scores.map(([n, s]) => `${label(COMPETENCY_LABELS, n)} ${s ?? 'not scored'}`).join(', ')}
      </figcaption>
    </figure>
  );
}
