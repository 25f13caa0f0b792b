import type { AuditEntry } from '../api/types.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { Loading } from './Loading.tsx';
import { formatDateTime } from '../lib/labels.ts';
import { useApi } from '../lib/use-api.ts';

function actorName(actor: AuditEntry['actor']): string {
  return actor.replace(/^user:/, '') || 'someone';
}

function describeChanges(changes: unknown): string {
  if (changes === null || changes === undefined) return '';
  if (typeof changes === 'string') return changes;
  if (Array.isArray(changes)) return changes.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join(', ');
  if (typeof changes === 'object') return Object.keys(changes).join(', ');
  return String(changes);
}

/** Who did what to this screen, and when. */
export function AuditTrail({ screenId, refreshKey }: { readonly screenId: string; readonly refreshKey: number }) {
  const [audit, reload] = useApi<{ items: AuditEntry[] }>(`/api/v1/screens/${encodeURIComponent(screenId)}/audit?r=${refreshKey}`);
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      {audit.kind === 'loading' && <Loading />}
      {audit.kind === 'error' && <ErrorNote error={audit.error} onRetry={reload} />}
      {audit.kind === 'ready' && audit.data.items.length === 0 && <p className="muted">Nothing recorded yet.</p>}
      {audit.kind === 'ready' && audit.data.items.length > 0 && (
        <ol className="audit-list">
          {audit.data.items.map((e) => {
            const changed = describeChanges(e.changes);
            return (
              <li key={e.id}>
                <span className="audit-action">{e.action.replace(/[._]/g, ' ')}</span>
                <span className="muted">
                  {' '}
                  by {actorName(e.actor)} · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </span>
                {changed && <span className="audit-changes">Changed: {changed}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
