import type { Screen } from '../api/types.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorNote, Loading } from '../components/ErrorNote.tsx';
import { Link } from '../components/Link.tsx';
import { formatDateTime } from '../lib/labels.ts';
import { usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

/** All screens of the organisation, newest first. */
export function ScreensPage() {
  usePageTitle('Screens');
  const [screens, reload] = useApi<{ items: Screen[] }>('/api/v1/screens');
  return (
    <section className="page">
      <div className="page-head">
        <h1>Screens</h1>
        <Link to="/screens/new" className="button button-primary">
          New screen
        </Link>
      </div>
      {screens.kind === 'loading' && <Loading />}
      {screens.kind === 'error' && <ErrorNote error={screens.error} onRetry={reload} />}
      {screens.kind === 'ready' && screens.data.items.length === 0 && (
        <p className="placeholder">No screens yet. Create one to start inviting candidates.</p>
      )}
      {screens.kind === 'ready' && screens.data.items.length > 0 && <ScreenTable items={screens.data.items} />}
    </section>
  );
}

export function ScreenTable({ items }: { readonly items: readonly Screen[] }) {
  const sorted = [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
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
