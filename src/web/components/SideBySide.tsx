import { useEffect, useState } from 'react';
import { get } from '../api/client.ts';
import type { Report, ReportQuestion } from '../api/types.ts';
import { COMPETENCY_LABELS, DECISION_LABELS, label } from '../lib/labels.ts';
import { questionScore } from '../lib/report-view.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { Loading } from './Loading.tsx';

interface Props {
  readonly candidates: readonly { readonly interviewId: string; readonly name: string }[];
}

function scoreText(q: ReportQuestion | undefined): string {
  const s = q ? questionScore(q) : null;
  return s === null ? 'not answered' : `${Number.isInteger(s) ? s : s.toFixed(1)} / 5`;
}

/** 2–5 candidates next to each other: per question and per competency. */
export function SideBySide({ candidates }: Props) {
  const [reports, setReports] = useState<Report[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ids = candidates.map((c) => c.interviewId).join(',');

  useEffect(() => {
    let live = true;
    setReports(null);
    Promise.all(candidates.map((c) => get<Report>(`/api/v1/interviews/${encodeURIComponent(c.interviewId)}/report`)))
      .then((rs) => live && setReports(rs))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [ids]);

  if (error) return <ErrorNote error={error} />;
  if (!reports) return <Loading label="Loading the reports…" />;
  const first = reports[0];
  const questions = first ? first.questions.map((q, i) => ({ id: q.questionId, text: q.text, i })) : [];
  const comps = first ? (Object.keys(first.competencies) as (keyof Report['competencies'])[]) : [];

  return (
    <div className="table-wrap side-by-side">
      <table className="table">
        <caption>Side by side: {candidates.map((c) => c.name).join(', ')}</caption>
        <thead>
          <tr>
            <th scope="col">Question or competency</th>
            {candidates.map((c) => (
              <th key={c.interviewId} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="row-strong">
            <th scope="row">Overall (out of 100)</th>
            {reports.map((r, i) => (
              <td key={i}>
                {Math.round(r.overall)} · {label(DECISION_LABELS, r.decision)}
              </td>
            ))}
          </tr>
          {questions.map((q) => (
            <tr key={`${q.id}-${q.i}`}>
              <th scope="row">
                Q{q.i + 1}. {q.text}
              </th>
              {reports.map((r, i) => (
                <td key={i}>{scoreText(r.questions.find((x) => x.questionId === q.id))}</td>
              ))}
            </tr>
          ))}
          {comps.map((c) => (
            <tr key={c}>
              <th scope="row">{label(COMPETENCY_LABELS, c)}</th>
              {reports.map((r, i) => (
                <td key={i}>{r.competencies[c] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
