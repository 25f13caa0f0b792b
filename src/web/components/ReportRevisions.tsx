import { useState } from 'react';
import { postOnce } from '../api/client.ts';
import { DECISION_LABELS, formatDateTime, label } from '../lib/labels.ts';
import { navigate } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';
import { BusyButton } from './BusyButton.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { Link } from './Link.tsx';

interface Revision {
  readonly revision: number;
  readonly engineVersion: string;
  readonly overall: number;
  readonly decision: string;
  readonly reason: string;
  readonly createdAt: string;
}

interface Props {
  readonly interviewId: string;
  /** The revision on screen. */
  readonly shown: number | undefined;
}

/**
 * An issued report never changes; re-scoring with a newer engine adds a
 * labelled revision. This lists them and can ask for a new one.
 */
export function ReportRevisions({ interviewId, shown }: Props) {
  const id = encodeURIComponent(interviewId);
  const [list, reload] = useApi<{ items: Revision[] }>(`/api/v1/interviews/${id}/report/revisions`);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<number | null>(null);

  async function rescore() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await postOnce<{ revision: number }>(`/api/v1/interviews/${id}/report/revisions`, { reason: 'Re-scored from the console' });
      setIssued(next.revision);
      reload();
      navigate(`/reports/${id}?revision=${next.revision}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (list.kind !== 'ready') return null;
  const items = [...list.data.items].sort((a, b) => b.revision - a.revision);
  return (
    <section className="card no-print" aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revisions</h2>
      <p className="muted">An issued report never changes. Re-scoring with the current engine adds a new, labelled revision.</p>
      <ol className="version-list" reversed>
        {items.map((r) => (
          <li key={r.revision}>
            <Link to={`/reports/${id}?revision=${r.revision}`} current={r.revision === shown}>
              Revision {r.revision}
            </Link>{' '}
            <span className="muted">
              {r.overall}/100 · {label(DECISION_LABELS, r.decision)} · {r.engineVersion} · {formatDateTime(r.createdAt)}
              {r.reason ? ` · ${r.reason}` : ''}
            </span>
          </li>
        ))}
      </ol>
      <ErrorNote error={error} />
      <BusyButton className="button" onClick={() => void rescore()} busy={busy} busyLabel="Re-scoring…">
        Re-score with the current engine
      </BusyButton>
      <p className="muted" role="status">
        {issued !== null && issued === shown && `Revision ${issued} issued and shown on this page.`}
      </p>
    </section>
  );
}
