import type { LatestReport } from '../api/types.ts';
import { formatDateTime } from '../lib/labels.ts';
import { useApi } from '../lib/use-api.ts';
import { Badge } from './Badge.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { Link } from './Link.tsx';
import { Loading } from './Loading.tsx';

const SHOWN = 8;

/**
 * The organisation's latest finished interviews, newest first, each with its
 * latest revision. Those the scorer could not decide are counted first: they
 * wait on a person.
 */
export function LatestReports() {
  const [reports, reload] = useApi<{ items: LatestReport[] }>(`/api/v1/reports?limit=${SHOWN}`);
  if (reports.kind === 'loading') return <Loading />;
  if (reports.kind === 'error') return <ErrorNote error={reports.error} onRetry={reload} />;
  const items = reports.data.items;
  if (items.length === 0) return <p className="placeholder">No finished interviews yet. A report appears here the moment a candidate finishes.</p>;
  const waiting = items.filter((r) => r.decision === 'needs_review').length;
  return (
    <>
      {waiting > 0 && (
        <p className="note note-warn">
          {waiting === 1 ? 'One of these needs' : `${waiting} of these need`} a person to read the answers before any decision.
        </p>
      )}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Score</th>
              <th scope="col">Decision</th>
              <th scope="col" className="hide-narrow">
                Finished
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.interviewId}>
                <th scope="row">
                  <Link to={`/reports/${encodeURIComponent(r.interviewId)}`}>{r.candidate.name}</Link>
                  <span className="cell-sub">
                    {r.screen.title}
                    {r.revision > 1 ? ` · revision ${r.revision}` : ''}
                  </span>
                </th>
                <td>{r.overall}/100</td>
                <td>
                  <Badge value={r.decision} />
                </td>
                <td className="hide-narrow">{formatDateTime(r.issuedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
