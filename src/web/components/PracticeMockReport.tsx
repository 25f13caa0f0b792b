import { useEffect, useRef } from 'react';
import type { MockReport } from '../api/practice.ts';
import { COMPETENCY_LABELS, TYPE_LABELS, label } from '../lib/labels.ts';
import { Link } from './Link.tsx';
import { ScoreDots } from './ScoreDots.tsx';

/** The practice report of a mock screen: overall out of 100, competencies, each question's score and gaps. */
export function PracticeMockReport({ report, backTo }: { readonly report: MockReport; readonly backTo: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const competencies = Object.entries(report.competencies);
  return (
    <section aria-labelledby="mock-report-title" className="practice-report">
      <h1 id="mock-report-title" ref={heading} tabIndex={-1}>
        Your practice report
      </h1>
      <p className="note note-info">{report.label}.</p>
      <div className="summary">
        <p className="overall" aria-label={`Overall ${report.overall} out of 100`}>
          <span className="overall-value">{report.overall}</span>
          <span className="overall-max">/ 100</span>
        </p>
        <p>
          {report.overall >= report.passThreshold ? 'Above' : 'Below'} the practice pass mark of {report.passThreshold}.
          {report.decision === 'needs_review' && ' In a real screen a person would also read some of these answers before deciding (see below).'} A real
          screen fixes its own pass mark before the first candidate.
        </p>
      </div>
      {competencies.length > 0 && (
        <>
          <h2>Competencies</h2>
          <dl className="practice-competencies">
            {competencies.map(([c, v]) => (
              <div key={c}>
                <dt>{label(COMPETENCY_LABELS, c)}</dt>
                <dd>{v} / 100</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h2>Question by question</h2>
      <ol className="practice-report-questions">
        {report.questions.map((q) => (
          <li key={q.questionId} className="card">
            <div className="report-question-head">
              <h3>{q.text}</h3>
              <ScoreDots score={q.combinedScore ?? q.score} />
            </div>
            <p className="meta">
              <span className="chip">{label(TYPE_LABELS, q.type)}</span>
              {q.followUpScores.length > 0 && <span className="muted"> First answer {q.score ?? '—'} / 5, with the follow-up {q.combinedScore?.toFixed(1) ?? '—'} / 5.</span>}
            </p>
            {q.gaps.length > 0 && (
              <>
                <h4>To work on</h4>
                <ul>
                  {q.gaps.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <Link to={`/practice?q=${encodeURIComponent(q.questionId)}`}>Practise this question on its own</Link>
            </p>
          </li>
        ))}
      </ol>
      {report.reasons.length > 0 && (
        <details>
          <summary>How the overall score was decided</summary>
          <ul>
            {report.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="practice-actions">
        <Link to={backTo} className="button button-primary">
          Back to practice
        </Link>
      </p>
    </section>
  );
}
