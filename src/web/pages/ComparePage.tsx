import { useMemo, useState } from 'react';
import type { CandidateRow, Screen } from '../api/types.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { Link } from '../components/Link.tsx';
import { SideBySide } from '../components/SideBySide.tsx';
import { SortableTable } from '../components/SortableTable.tsx';
import type { Column } from '../components/SortableTable.tsx';
import { COMPETENCY_LABELS, label } from '../lib/labels.ts';
import { usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

const MAX_SIDE_BY_SIDE = 5;

/** Every candidate of a screen in a sortable table; pick 2–5 to see side by side. */
export function ComparePage({ screenId }: { readonly screenId: string }) {
  usePageTitle('Compare candidates');
  const id = encodeURIComponent(screenId);
  const [screen] = useApi<Screen>(`/api/v1/screens/${id}`);
  const [list, reload] = useApi<{ items: CandidateRow[] }>(`/api/v1/screens/${id}/candidates`);
  const [picked, setPicked] = useState<string[]>([]);
  const rows = list.kind === 'ready' ? list.data.items : [];

  const competencies = useMemo(() => [...new Set(rows.flatMap((r) => Object.keys(r.competencies)))], [rows]);
  // A candidate with a report (a finished interview) can be opened and compared.
  const finished = (r: CandidateRow) => r.overall !== null;
  const columns: Column<CandidateRow>[] = [
    {
      key: 'name',
      header: 'Candidate',
      rowHeader: true,
      value: (r) => r.name,
      render: (r) => (finished(r) ? <Link to={`/reports/${encodeURIComponent(r.interviewId)}`}>{r.name}</Link> : r.name),
    },
    { key: 'status', header: 'Status', value: (r) => r.status, render: (r) => <Badge value={r.status} /> },
    { key: 'overall', header: 'Overall', value: (r) => r.overall, render: (r) => (r.overall === null ? '—' : Math.round(r.overall)) },
    { key: 'decision', header: 'Decision', value: (r) => r.decision, render: (r) => (r.decision ? <Badge value={r.decision} /> : '—') },
    ...competencies.map((c) => ({ key: `c:${c}`, header: label(COMPETENCY_LABELS, c), value: (r: CandidateRow) => r.competencies[c] ?? null })),
  ];

  const comparable = rows.filter(finished);
  function toggle(interviewId: string) {
    setPicked((p) => (p.includes(interviewId) ? p.filter((x) => x !== interviewId) : p.length >= MAX_SIDE_BY_SIDE ? p : [...p, interviewId]));
  }
  const chosen = comparable.filter((r) => picked.includes(r.interviewId)).map((r) => ({ interviewId: r.interviewId, name: r.name }));

  return (
    <section className="page page-wide">
      <p className="breadcrumb">
        <Link to="/screens">Screens</Link> / <Link to={`/screens/${id}`}>{screen.kind === 'ready' ? screen.data.title : 'Screen'}</Link>
      </p>
      <div className="page-head">
        <h1>Compare candidates</h1>
        <Link to={`/screens/${id}/invitations`} className="button">
          Invitations
        </Link>
      </div>
      {list.kind === 'loading' && <Loading />}
      {list.kind === 'error' && <ErrorNote error={list.error} onRetry={reload} />}
      {list.kind === 'ready' && rows.length === 0 && <p className="placeholder">No candidates yet. Invite some from the invitations page.</p>}
      {rows.length > 0 && (
        <>
          <p className="muted">Select 2 to {MAX_SIDE_BY_SIDE} candidates who have finished to see them side by side.</p>
          <SortableTable
            caption="Candidates of this screen"
            rows={rows}
            columns={columns}
            rowKey={(r) => r.interviewId}
            initialSort="overall"
            leadHeader="Select"
            lead={(r) =>
              finished(r) ? (
                <input
                  type="checkbox"
                  checked={picked.includes(r.interviewId)}
                  disabled={!picked.includes(r.interviewId) && picked.length >= MAX_SIDE_BY_SIDE}
                  onChange={() => toggle(r.interviewId)}
                  aria-label={`Select ${r.name} for side-by-side comparison`}
                />
              ) : null
            }
          />
          <h2>Side by side</h2>
          {chosen.length < 2 ? <p className="placeholder">Select at least two candidates above.</p> : <SideBySide candidates={chosen} />}
        </>
      )}
    </section>
  );
}
