import type { Report } from '../api/types.ts';
import { Badge } from '../components/Badge.tsx';
import { CompetencyChart } from '../components/CompetencyChart.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { Link } from '../components/Link.tsx';
import { ReportRevisions } from '../components/ReportRevisions.tsx';
import { ReportQuestionCard } from '../components/ReportQuestionCard.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { asTitleCase, formatDateTime } from '../lib/labels.ts';
import { reportToMarkdown, UNPLACED_LEVEL } from '../../interviews/report-markdown.ts';
import { download } from '../lib/download.ts';
import { usePageTitle, useSearchParam } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

/** A candidate's report: the score out of 100, why, and every word behind it. */
export function ReportPage({ interviewId }: { readonly interviewId: string }) {
  const revision = useSearchParam('revision');
  const query = revision && /^\d+$/.test(revision) ? `?revision=${revision}` : '';
  const [report, reload] = useApi<Report>(`/api/v1/interviews/${encodeURIComponent(interviewId)}/report${query}`);
  const name = report.kind === 'ready' ? report.data.candidate.name : 'Report';
  usePageTitle(`Report: ${name}`);
  if (report.kind === 'loading') return <Loading />;
  if (report.kind === 'error') return <ErrorNote error={report.error} onRetry={reload} />;
  const r = report.data;
  const file = `report-${r.candidate.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  const screen = `/screens/${encodeURIComponent(r.screen.id)}`;
  return (
    <section className="page report">
      <p className="breadcrumb">
        <Link to={screen}>{r.screen.title}</Link> / <Link to={`${screen}/compare`}>Compare</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{name}</h1>
          <p className="lead">
            {r.candidate.email} · {r.screen.role}
          </p>
        </div>
        <div className="actions no-print">
          <button type="button" className="button" onClick={() => download(`${file}.md`, reportToMarkdown(r), 'text/markdown')}>
            Export Markdown
          </button>
          <button type="button" className="button" onClick={() => download(`${file}.json`, JSON.stringify(r, null, 2), 'application/json')}>
            Export JSON
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <div className="summary">
        <div className="overall" aria-label={`Overall score ${r.overall} out of 100`}>
          <span className="overall-value">{Math.round(r.overall)}</span>
          <span className="overall-max">/ 100</span>
        </div>
        <dl className="facts">
          <div>
            <dt>Decision</dt>
            <dd>
              <Badge value={r.decision} />
            </dd>
          </div>
          <div>
            <dt>Pass threshold</dt>
            <dd>{r.passThreshold} / 100</dd>
          </div>
          <div>
            <dt>Level estimate</dt>
            <dd>{r.level ? asTitleCase(r.level) : <span className="muted">{UNPLACED_LEVEL}</span>}</dd>
          </div>
          <div>
            <dt>Finished</dt>
            <dd>{formatDateTime(r.timing.endedAt)}</dd>
          </div>
          <div>
            <dt>Time used</dt>
            <dd>
              {Math.max(1, Math.round(r.timing.usedSeconds / 60))} of {r.timing.budgetMinutes} min
              {r.timing.endReason === 'time_up' ? ' (time ran out)' : ''}
            </dd>
          </div>
          {r.accommodations.extraTimeFactor > 1 && (
            <div>
              <dt>Accommodation</dt>
              <dd>Extra time ×{r.accommodations.extraTimeFactor}</dd>
            </div>
          )}
        </dl>
      </div>
      {r.reasons.length > 0 && (
        <section className="card" aria-labelledby="reasons-title">
          <h2 id="reasons-title">Why this decision</h2>
          <ul>
            {r.reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="comp-title">
        <h2 id="comp-title">Competencies</h2>
        <CompetencyChart scores={Object.entries(r.competencies)} max={100} />
      </section>
      {r.commonMistakes.length > 0 && (
        <section className="card" aria-labelledby="mistakes-title">
          <h2 id="mistakes-title">Common mistakes noticed</h2>
          <ul>
            {r.commonMistakes.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        <p className="muted no-print">Highlighted words earned (green, solid underline) or cost (amber, dashed) points. Hover or select one to see the rule.</p>
        {r.questions.map((q, i) => (
          <ReportQuestionCard key={`${q.questionId}-${i}`} question={q} index={i} />
        ))}
      </section>
      <section className="card" aria-labelledby="transcript-title">
        <h2 id="transcript-title">Transcript</h2>
        <Transcript turns={r.transcript} />
      </section>
      <ReportRevisions interviewId={interviewId} shown={r.revision} />
      <p className="muted trace">
        Screen version {r.screen.version} · rubric hash {r.screen.rubricHash} · engine {r.engineVersion} · report revision {r.revision}
      </p>
    </section>
  );
}
