import type { Screen } from '../api/types.ts';
import { formatDateTime } from '../lib/labels.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';

/** "4 invited · 3 finished · 1 to review" for a published screen; a draft has no candidates yet. */
function candidatesOf(s: Screen): string {
  const p = s.progress;
  if (s.status !== 'published' || !p) return '—';
  if (p.invited === 0) return 'none invited';
  const parts = [`${p.invited} invited`, `${p.completed} finished`];
  if (p.inProgress > 0) parts.splice(1, 0, `${p.inProgress} in progress`);
  if (p.needsReview > 0) parts.push(`${p.needsReview} to review`);
  return parts.join(' · ');
}

/** Screens, most recently changed first, with status, how far their candidates are, and version. */
export function ScreenTable({ items, limit }: { readonly items: readonly Screen[]; readonly limit?: number }) {
  const sorted = [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit ?? items.length);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Screen</th>
            <th scope="col">Status</th>
            <th scope="col">Candidates</th>
            <th scope="col" className="hide-narrow">
              Questions
            </th>
            <th scope="col" className="hide-narrow">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/screens/${encodeURIComponent(s.id)}`}>{s.title}</Link>
                <span className="cell-sub">
                  {s.role} · v{s.lineageNumber}
                </span>
              </th>
              <td>
                <Badge value={s.status} />
              </td>
              <td>{candidatesOf(s)}</td>
              <td className="hide-narrow">{s.questions.length}</td>
              <td className="hide-narrow">{formatDateTime(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
