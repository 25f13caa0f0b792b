import { useState } from 'react';
import { ApiError, request } from '../api/client.ts';
import type { Screen } from '../api/types.ts';
import { useFocusLater } from '../lib/focus.ts';
import { BusyButton } from './BusyButton.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { StaleNotice } from './StaleNotice.tsx';

interface Props {
  readonly screen: Screen;
  readonly onPublished: (screen: Screen) => void;
  readonly onReload: () => void;
}

/**
 * Publishing locks the questions, their rubrics, the time budget and the pass
 * threshold. The panel says exactly that before the user confirms.
 */
export function PublishPanel({ screen, onPublished, onReload }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusLater = useFocusLater();

  function review(open: boolean) {
    setConfirming(open);
    focusLater(open ? '#publish-confirm-title' : '#publish-review');
  }

  async function publish() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await request<Screen>(`/api/v1/screens/${encodeURIComponent(screen.id)}/publish`, {
        method: 'POST',
        body: {},
        headers: { 'if-match': `"${screen.version}"` },
      });
      setConfirming(false);
      onPublished(res.data);
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) setStale(true);
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card publish" aria-labelledby="publish-title">
      <h2 id="publish-title" tabIndex={-1}>
        Publish
      </h2>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            onReload();
            focusLater('#publish-title');
          }}
        />
      )}
      {!confirming ? (
        <>
          <p>Publishing makes this screen ready for candidates. After that it cannot be changed, only succeeded by a new version.</p>
          <button type="button" id="publish-review" className="button button-primary" onClick={() => review(true)}>
            Review and publish…
          </button>
        </>
      ) : (
        <div className="publish-confirm">
          <h3 id="publish-confirm-title" tabIndex={-1}>
            These will be locked
          </h3>
          <ul className="lock-list">
            <li>
              {screen.questions.length} questions, in this order, with their written rubrics (strong, average and weak answers)
            </li>
            <li>Time budget: {screen.timeBudgetMinutes} minutes for every candidate</li>
            <li>Pass threshold: {screen.passThreshold} out of 100 — it cannot be moved after results are seen</li>
            <li>The scoring engine version, recorded with the rubric hash</li>
          </ul>
          <p className="muted">A fingerprint (hash) of the rubric is recorded so any report can be traced to exactly what was locked.</p>
          <ErrorNote error={error} />
          <div className="actions">
            <BusyButton className="button button-primary" onClick={() => void publish()} busy={busy} busyLabel="Publishing…">
              Publish and lock
            </BusyButton>
            <button type="button" className="button" onClick={() => review(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
