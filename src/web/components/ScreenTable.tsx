import type { Screen } from '../api/types.ts';
import { formatDateTime } from '../lib/labels.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';

/** Screens, most recently changed first, with status and version. */
export function ScreenTable({ items, limit }: { readonly items: readonly Screen[]; readonly limit?: number }) {
  const sorted = [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit ?? items.length);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Screen</th>
            <th scope="col">Status</th>
            <th scope="col">Questions</th>
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
              <td>{s.questions.length}</td>
              <td className="hide-narrow">{formatDateTime(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
