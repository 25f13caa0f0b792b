import { useEffect, useState } from 'react';
import { listPracticeQuestions, type PracticeQuestion } from '../api/practice.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Link } from '../components/Link.tsx';
import { PracticeHistory } from '../components/PracticeHistory.tsx';
import { PracticeMock } from '../components/PracticeMock.tsx';
import { PracticePicker } from '../components/PracticePicker.tsx';
import { PracticeSingle } from '../components/PracticeSingle.tsx';
import { inTrack, toTrack } from '../lib/practice-store.ts';
import { usePageTitle, useSearchParam } from '../lib/router.ts';
import '../styles/practice.css';

/**
 * /practice: a candidate practises alone, without an account. Questions come
 * from the public bank; answers are scored and forgotten by the server; the
 * candidate's drafts and history live only in this browser.
 *   /practice[?track=…]        choose a track and a question, or a mock screen
 *   /practice?q=<id>[&track=…]  one question
 *   /practice?mock=1[&track=…]  a mock screen of six
 */
export function PracticePage() {
  const questionId = useSearchParam('q');
  const mock = useSearchParam('mock') === '1';
  const track = toTrack(useSearchParam('track'));
  usePageTitle(questionId ? 'Practise a question' : mock ? 'Mock screen' : 'Practice');
  const [questions, setQuestions] = useState<PracticeQuestion[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    setError(null);
    listPracticeQuestions(ctrl.signal).then(setQuestions, (err: unknown) => !ctrl.signal.aborted && setError(err));
    return () => ctrl.abort();
  }, [attempt]);

  const backTo = track === 'all' ? '/practice' : `/practice?track=${track}`;
  const pool = (questions ?? []).filter((q) => inTrack(q, track));
  return (
    <div className="candidate practice">
      <header className="candidate-header">
        <Link to="/practice" className="brand">
          prescreen practice
        </Link>
        <span className="practice-private">No account · nothing stored</span>
      </header>
      <main id="main" className="candidate-main practice-main">
        {questionId ? (
          <PracticeSingle key={questionId} questionId={questionId} backTo={backTo} />
        ) : error !== null ? (
          <ErrorNote error={error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : questions === null ? (
          <p role="status">Loading the practice questions…</p>
        ) : mock ? (
          <PracticeMock key={track} track={track} pool={pool} fallback={questions} backTo={backTo} />
        ) : (
          <>
            <h1>Practise for your screening interview</h1>
            <p className="lead">
              Answer real screening questions at your own pace. Each answer is scored 1–5 against the same written rubric a real screen uses, with your
              own words highlighted where they earned or cost points, and the follow-up an interviewer would ask next.
            </p>
            <p className="note note-info">
              No account needed. Practice answers are not stored on the server: they are scored and forgotten. Your drafts and history stay in this
              browser until you clear them.
            </p>
            <PracticePicker questions={questions} track={track} />
            <PracticeHistory />
          </>
        )}
      </main>
    </div>
  );
}
