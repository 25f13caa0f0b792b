import { useState } from 'react';
import { postOnce } from '../api/client.ts';
import type { Screen } from '../api/types.ts';
import { AuditTrail } from '../components/AuditTrail.tsx';
import { Badge } from '../components/Badge.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { FaqEditor } from '../components/FaqEditor.tsx';
import { Loading } from '../components/Loading.tsx';
import { Link } from '../components/Link.tsx';
import { PublishPanel } from '../components/PublishPanel.tsx';
import { RatingsPanel } from '../components/RatingsPanel.tsx';
import { VersionList } from '../components/VersionList.tsx';
import { useFocusLater } from '../lib/focus.ts';
import { TYPE_LABELS, formatDateTime, label } from '../lib/labels.ts';
import { navigate, usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

/** One screen: what it asks, its lock, its versions and its audit trail. */
export function ScreenPage({ screenId }: { readonly screenId: string }) {
  const path = `/api/v1/screens/${encodeURIComponent(screenId)}`;
  const [screen, reload, replace] = useApi<Screen>(path);
  const [refreshKey, setRefreshKey] = useState(0);
  const [versionError, setVersionError] = useState<unknown>(null);
  const focusLater = useFocusLater();
  usePageTitle(screen.kind === 'ready' ? screen.data.title : 'Screen');

  if (screen.kind === 'loading') return <Loading />;
  if (screen.kind === 'error') return <ErrorNote error={screen.error} onRetry={reload} />;
  const s = screen.data;
  const id = encodeURIComponent(s.id);

  async function newVersion() {
    setVersionError(null);
    try {
      const created = await postOnce<Screen>(`/api/v1/screens/${id}/versions`);
      navigate(`/screens/${encodeURIComponent(created.id)}/edit`);
    } catch (err) {
      setVersionError(err);
    }
  }

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/screens">Screens</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{s.title}</h1>
          <p className="lead">
            {s.role} · version {s.lineageNumber} <Badge value={s.status} />
          </p>
        </div>
        <div className="actions">
          {s.status === 'draft' && (
            <Link to={`/screens/${id}/edit`} className="button">
              Edit draft
            </Link>
          )}
          {s.status === 'published' && (
            <>
              <Link to={`/screens/${id}/invitations`} className="button button-primary">
                Invite candidates
              </Link>
              <Link to={`/screens/${id}/compare`} className="button">
                Compare candidates
              </Link>
              <button type="button" className="button" onClick={() => void newVersion()}>
                Start a new version
              </button>
            </>
          )}
        </div>
      </div>
      <ErrorNote error={versionError} />
      <dl className="facts">
        <div>
          <dt>Time budget</dt>
          <dd>{s.timeBudgetMinutes} minutes</dd>
        </div>
        <div>
          <dt>Pass threshold</dt>
          <dd>{s.passThreshold} / 100</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>{s.questions.length}</dd>
        </div>
        <div>
          <dt>Feedback to candidates</dt>
          <dd>{s.candidateFeedback ? 'Sent when they finish' : 'Off'}</dd>
        </div>
        <div>
          <dt>{s.publishedAt ? 'Published' : 'Last saved'}</dt>
          <dd>{formatDateTime(s.publishedAt ?? s.updatedAt)}</dd>
        </div>
      </dl>
      {s.status === 'published' && (
        <div className="card lock" data-testid="lock">
          <h2 id="lock-title" tabIndex={-1}>
            Locked
          </h2>
          <p>Questions, rubrics, time budget, threshold and the feedback setting are locked for every candidate of this version.</p>
          <p>
            Rubric hash: <code className="hash">{s.rubricHash}</code>
          </p>
          <p className="muted">Scoring engine: {s.engineVersion}</p>
        </div>
      )}
      {s.override && <p className="note note-info">Override recorded: {s.override.reason}</p>}
      <section className="card" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions, in order</h2>
        <ol className="screen-questions">
          {s.questions.map((q) => (
            <li key={q.questionId}>
              <span className="question-text">{q.question?.text ?? q.questionId}</span>
              {q.question && (
                <span className="question-meta">
                  {label(TYPE_LABELS, q.question.type)} · {q.question.topic}
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
      <FaqEditor screenId={s.id} onSaved={() => setRefreshKey((k) => k + 1)} />
      {s.status === 'published' && <RatingsPanel screenId={s.id} />}
      {s.status === 'draft' && (
        <PublishPanel
          screen={s}
          onPublished={(next) => {
            replace(next);
            setRefreshKey((k) => k + 1);
            focusLater('#lock-title');
          }}
          onReload={reload}
        />
      )}
      <VersionList screen={s} />
      <AuditTrail screenId={s.id} refreshKey={refreshKey} />
    </section>
  );
}
