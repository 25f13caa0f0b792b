import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isRetryable, newIdempotencyKey } from '../api/client.ts';
import { fetchInterview, startInterview, submitAnswer } from '../api/interview.ts';
import type { InterviewView } from '../api/interview.ts';
import { AnswerForm } from '../components/AnswerForm.tsx';
import { CandidateFinished } from '../components/CandidateFinished.tsx';
import { CandidateWelcome } from '../components/CandidateWelcome.tsx';
import { Conversation } from '../components/Conversation.tsx';
import { TimeLeft } from '../components/TimeLeft.tsx';
import { appendLog, loadLog, loadPending, saveDraft, savePending } from '../lib/answer-store.ts';
import type { LoggedTurn, PendingAnswer } from '../lib/answer-store.ts';
import { useFocusLater } from '../lib/focus.ts';
import { usePageTitle } from '../lib/router.ts';
import { serverLog, promptLabel, linkProblem } from '../lib/candidate-view.ts';

/**
 * The candidate's interview page at /i/:token. Every answer is sent with an
 * Idempotency-Key kept on the device with the answer until the server
 * acknowledges it, so a double click, a flaky network or a reload never
 * loses or duplicates an answer.
 */
export function CandidatePage({ token }: { readonly token: string }) {
  usePageTitle('Your interview');
  const [view, setView] = useState<InterviewView | null>(null);
  const [readAt, setReadAt] = useState(0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [log, setLog] = useState<LoggedTurn[]>(() => loadLog(token));
  const [sending, setSending] = useState<PendingAnswer | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const focusLater = useFocusLater();
  const retry = useRef<{ timer: number; attempt: number }>({ timer: 0, attempt: 0 });
  const inFlight = useRef(false);

  const show = useCallback((next: InterviewView) => {
    setView(next);
    setReadAt(Date.now());
    const fromServer = serverLog(next);
    if (fromServer.length > 0) setLog(fromServer);
  }, []);

  const refresh = useCallback(async () => {
    const next = await fetchInterview(token);
    show(next);
    return next;
  }, [token, show]);

  const acknowledge = useCallback(
    (p: PendingAnswer) => {
      setLog(appendLog(token, { seq: p.seq, prompt: p.prompt, kind: p.kind, answer: p.text }));
      savePending(token, null);
      saveDraft(token, p.seq, '');
      setSending(null);
      setNote(null);
      retry.current.attempt = 0;
    },
    [token],
  );

  const send = useCallback(
    async (p: PendingAnswer): Promise<void> => {
      if (inFlight.current) return;
      inFlight.current = true;
      window.clearTimeout(retry.current.timer);
      setSending(p);
      setAnswerError(null);
      try {
        const next = await submitAnswer(token, p.seq, p.text, p.key);
        acknowledge(p);
        show(next);
      } catch (err) {
        if (isRetryable(err)) {
          const attempt = ++retry.current.attempt;
          const delay = Math.min(15_000, 1000 * 2 ** (attempt - 1));
          setNote('The connection is unsteady. Your answer is safe on this device and will be sent again in a moment.');
          retry.current.timer = window.setTimeout(() => void send(p), delay);
        } else {
          await settleRefusal(p, err);
        }
      } finally {
        inFlight.current = false;
      }
    },
    [token, acknowledge, show, refresh],
  );

  /**
   * The server refused the answer. A retry with the same key would have been
   * replayed as a success, so a refusal means this attempt was not recorded —
   * unless the interview has already moved past the turn (another attempt won).
   */
  async function settleRefusal(p: PendingAnswer, err: unknown) {
    const current = await refresh().catch(() => null);
    if (current && current.seq > p.seq) {
      acknowledge(p);
      return;
    }
    savePending(token, null);
    setSending(null);
    setNote(null);
    setAnswerError(err instanceof ApiError ? (err.problem.errors?.[0]?.message ?? err.problem.detail ?? err.problem.title) : 'Your answer could not be sent.');
  }

  useEffect(() => {
    let live = true;
    fetchInterview(token)
      .then((v) => {
        if (!live) return;
        show(v);
        const pending = loadPending(token);
        if (pending === null) return;
        // Same turn: send again with the same key. The server records it once,
        // or replays its first answer if the lost response was a success
        // (even the last answer, after which the interview shows as completed).
        if (v.seq === pending.seq) void send(pending);
        else if (v.seq > pending.seq) acknowledge(pending);
        else savePending(token, null);
      })
      .catch((err: unknown) => live && setLoadError(err));
    return () => {
      live = false;
      window.clearTimeout(retry.current.timer);
    };
  }, [token, show, send, acknowledge]);

  // Once a minute, ask the server where things stand: its clock keeps the
  // time, and an interview whose time ran out ends here too.
  const inProgress = view?.status === 'in_progress';
  useEffect(() => {
    if (!inProgress) return;
    const t = window.setInterval(() => {
      if (!inFlight.current) void refresh().catch(() => undefined);
    }, 60_000);
    return () => window.clearInterval(t);
  }, [inProgress, refresh]);

  async function start() {
    setStarting(true);
    try {
      show(await startInterview(token));
      // The welcome and its button are gone: continue at the interview's start.
      focusLater('#interview-title');
    } catch (err) {
      setLoadError(err);
    } finally {
      setStarting(false);
    }
  }

  function answer(text: string) {
    if (!view?.question || sending || inFlight.current) return;
    // The same answer sent again (a double click, a retry) keeps its key.
    const existing = loadPending(token);
    if (existing && existing.seq === view.seq && existing.text === text) {
      void send(existing);
      return;
    }
    const p: PendingAnswer = { seq: view.seq, text, key: newIdempotencyKey(), prompt: view.question.text, kind: view.question.kind };
    savePending(token, p);
    void send(p);
  }

  return (
    <div className="candidate">
      <header className="candidate-header">
        <span className="brand">prescreen</span>
        {view?.status === 'in_progress' && view.time && <TimeLeft time={view.time} readAt={readAt} />}
      </header>
      <main id="main" className="candidate-main">
        {view === null && loadError === null && <p role="status">Opening your interview…</p>}
        {loadError !== null && (
          <section className="note note-error" role="alert">
            <h1>We could not open this interview</h1>
            <p>{linkProblem(loadError)}</p>
          </section>
        )}
        {view?.status === 'not_started' && <CandidateWelcome view={view} onStart={() => void start()} starting={starting} />}
        {view?.status === 'in_progress' && (
          <>
            <h1 className="visually-hidden" id="interview-title" tabIndex={-1}>
              Your interview
            </h1>
            <p className="progress" aria-hidden="true">
              {promptLabel(view)}
            </p>
            <Conversation log={log} current={view.question} sending={sending?.text ?? null} />
            <div className="visually-hidden" aria-live="polite" aria-atomic="true">
              {view.question ? `${promptLabel(view)}. ${view.question.text}` : ''}
            </div>
            {note && (
              <p className="note note-info" role="status">
                {note}{' '}
                {sending && (
                  <button type="button" className="button button-quiet" onClick={() => void send(sending)}>
                    Send now
                  </button>
                )}
              </p>
            )}
            {view.question && (
              <AnswerForm token={token} seq={view.seq} label={`Your answer to ${promptLabel(view).toLowerCase()}`} sending={sending !== null} error={answerError} onSubmit={answer} />
            )}
          </>
        )}
        {(view?.status === 'completed' || view?.status === 'expired') && <CandidateFinished view={view} token={token} />}
      </main>
    </div>
  );
}
