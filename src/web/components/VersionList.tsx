import type { Screen } from '../api/types.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';
import { formatDateTime } from '../lib/labels.ts';
import { useApi } from '../lib/use-api.ts';

/** Every version of the screen (its lineage), newest first. */
export function VersionList({ screen }: { readonly screen: Screen }) {
  // Keyed by the screen's version, so publishing or saving refreshes the list.
  const [all] = useApi<{ items: Screen[] }>(`/api/v1/screens?lineage=${encodeURIComponent(screen.lineageId)}&v=${screen.version}`);
  if (all.kind !== 'ready') return null;
  const versions = all.data.items
    .filter((s) => s.lineageId === screen.lineageId)
    .sort((a, b) => b.lineageNumber - a.lineageNumber);
  if (versions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      <ol className="version-list" reversed>
        {versions.map((v) => (
          <li key={v.id}>
            <Link to={`/screens/${encodeURIComponent(v.id)}`} current={v.id === screen.id}>
              Version {v.lineageNumber}
            </Link>{' '}
            <Badge value={v.status} />{' '}
            <span className="muted">
              {v.publishedAt ? `published ${formatDateTime(v.publishedAt)}` : `updated ${formatDateTime(v.updatedAt)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
