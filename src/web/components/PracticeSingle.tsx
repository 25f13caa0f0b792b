import { useEffect, useRef, useState } from 'react';
import { describeError, errorsWhere } from '../api/client.ts';
import { fetchPracticeQuestion, scorePracticeAnswer, type PracticeAnswerResult, type PracticeQuestionDetail } from '../api/practice.ts';
import { BANK_LABELS, TYPE_LABELS, label } from '../lib/labels.ts';
import { recordAttempt, savePracticeDraft } from '../lib/practice-store.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { Link } from './Link.tsx';
import { PracticeAnswerBox } from './PracticeAnswerBox.tsx';
import { PracticeFeedback } from './PracticeFeedback.tsx';
import { PracticeRubric } from './PracticeRubric.tsx';
import { PracticeSamples } from './PracticeSamples.tsx';

interface Attempt {
  readonly answer: string;
  readonly scored: PracticeAnswerResult;
  readonly followUp: { readonly id: string; readonly prompt: string } | null;
}

/** One question: answer it, see the score and the coaching, try the follow-up, compare with samples. */
export function PracticeSingle({ questionId, backTo }: { readonly questionId: string; readonly backTo: string }) {
  const [question, setQuestion] = useState<PracticeQuestionDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const lastHeading = useRef<string | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchPracticeQuestion(questionId, ctrl.signal).then(setQuestion, (err: unknown) => !ctrl.signal.aborted && setLoadError(err));
    return () => ctrl.abort();
  }, [questionId]);

  useEffect(() => {
    if (lastHeading.current) document.getElementById(lastHeading.current)?.focus();
  }, [attempts.length]);

  if (loadError !== null) return <ErrorNote error={loadError} />;
  if (question === null) return <p role="status">Opening the question…</p>;

  const first = attempts[0];
  const next = attempts.at(-1)?.scored.followUp ?? null;
  const slot = (followUpId: string | null) => (followUpId === null ? question.id : `${question.id}:${followUpId}`);

  async function send(text: string, followUp: Attempt['followUp']) {
    setBusy(true);
    setError(null);
    try {
      const scored = await scorePracticeAnswer({
        questionId: question!.id,
        answer: text,
        ...(first && followUp ? { parent: { answer: first.answer } } : {}),
        askedFollowUpIds: attempts.flatMap((a) => (a.followUp ? [a.followUp.id] : [])).concat(followUp ? [followUp.id] : []),
      });
      savePracticeDraft(slot(followUp?.id ?? null), '');
      recordAttempt({ at: new Date().toISOString(), questionId: question!.id, topic: question!.topic, answer: text, score: scored.result.score, ...(followUp ? { followUpPrompt: followUp.prompt } : {}) });
      lastHeading.current = `practice-feedback-${attempts.length}`;
      setAttempts([...attempts, { answer: text, scored, followUp }]);
      const score = scored.result.score === null ? 'Not scored.' : `Scored ${scored.result.score} out of 5.`;
      setAnnounce(`${score} ${scored.coaching.summary}${scored.followUp ? ` Follow-up to try next: ${scored.followUp.prompt}` : ''}`);
    } catch (err) {
      setError(errorsWhere(err, (p) => p === 'answer')[0] ?? describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="practice-back">
        <Link to={backTo}>← All practice questions</Link>
      </p>
      <article className="card practice-question" aria-labelledby="practice-question-title">
        <p className="meta">
          <span className="chip">{label(TYPE_LABELS, question.type)}</span> <span className="chip">{label(BANK_LABELS, question.bank)}</span>{' '}
          <span className="chip chip-plain">{question.topic}</span>
        </p>
        <h1 id="practice-question-title">{question.text}</h1>
      </article>
      {!first && <PracticeAnswerBox slot={slot(null)} label="Your answer" busy={busy} error={error} submitLabel="Score my answer" onSubmit={(t) => void send(t, null)} />}
      {attempts.map((a, i) => (
        <PracticeFeedback key={i} answer={a.answer} scored={a.scored} followUpPrompt={a.followUp?.prompt} headingId={`practice-feedback-${i}`} />
      ))}
      {first && next && (
        <section className="card practice-section practice-next" aria-labelledby="practice-next-title">
          <h2 id="practice-next-title">The follow-up an interviewer would ask next</h2>
          <p className="follow-up-prompt">{next.prompt}</p>
          <PracticeAnswerBox slot={slot(next.id)} label="Your answer to the follow-up" busy={busy} error={error} submitLabel="Score my follow-up" onSubmit={(t) => void send(t, next)} />
        </section>
      )}
      {first && !next && <p className="note note-success">No follow-up needed: an interviewer would move on to the next question.</p>}
      {first && <PracticeRubric question={question} />}
      {first && <PracticeSamples question={question} />}
      {first && (
        <p className="practice-actions">
          <button type="button" className="button" onClick={() => setAttempts([])}>
            Answer this question again
          </button>
          <Link to={backTo} className="button button-quiet">
            Choose another question
          </Link>
        </p>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </div>
    </>
  );
}
