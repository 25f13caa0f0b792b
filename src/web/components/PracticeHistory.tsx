import { useState } from 'react';
import { clearPracticeData, loadHistory, type PracticeAttempt } from '../lib/practice-store.ts';
import { formatDateTime } from '../lib/labels.ts';
import { Link } from './Link.tsx';

/** Your own practice answers, kept only in this browser, with a way to erase them. */
export function PracticeHistory() {
  const [history, setHistory] = useState<PracticeAttempt[]>(() => loadHistory());
  const [cleared, setCleared] = useState(false);

  function clear() {
    clearPracticeData();
    setHistory([]);
    setCleared(true);
  }

  return (
    <section className="card practice-section" aria-labelledby="history-title">
      <h2 id="history-title">Your practice history</h2>
      <p className="muted">Kept only in this browser. Practice answers are never stored on our server.</p>
      {history.length === 0 ? (
        <p>{cleared ? 'Your practice data has been cleared from this browser.' : 'No practice answers yet.'}</p>
      ) : (
        <ol className="practice-history">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <Link to={`/practice?q=${encodeURIComponent(h.questionId)}`}>{h.followUpPrompt ? `Follow-up: ${h.followUpPrompt}` : h.topic}</Link>
              <span className="muted">
                {' '}
                — {h.score === null ? 'not scored' : `${h.score} / 5`}, {formatDateTime(h.at)}
              </span>
              <p className="practice-history-answer">{h.answer}</p>
            </li>
          ))}
        </ol>
      )}
      <div role="status" className="visually-hidden">
        {cleared ? 'Practice data cleared.' : ''}
      </div>
      <button type="button" className="button button-danger" onClick={clear}>
        Clear my practice data
      </button>
    </section>
  );
}
