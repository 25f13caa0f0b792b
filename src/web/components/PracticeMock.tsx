import { useEffect, useRef, useState } from 'react';
import { describeError, errorsWhere } from '../api/client.ts';
import { scoreMockScreen, scorePracticeAnswer, type MockReport, type PracticeQuestion } from '../api/practice.ts';
import { pickMockScreen } from '../../core/practice/mock-screen.ts';
import { loadMockRun, recordAttempt, saveMockRun, savePracticeDraft, type MockRun } from '../lib/practice-store.ts';
import { Link } from './Link.tsx';
import { PracticeAnswerBox } from './PracticeAnswerBox.tsx';
import { PracticeMockReport } from './PracticeMockReport.tsx';

interface Entry {
  readonly questionId: string;
  readonly answer: string;
  readonly followUps: { readonly answer: string }[];
}

interface Props {
  /** The track practised: one mock screen under way per track is kept on the device. */
  readonly track: string;
  readonly pool: readonly PracticeQuestion[];
  /** Every practice question, when the pool alone cannot make a screen. */
  readonly fallback: readonly PracticeQuestion[];
  readonly backTo: string;
}

type Step = { readonly kind: 'question' } | { readonly kind: 'follow-up'; readonly prompt: string };

type Pick = (ReturnType<typeof pickMockScreen<PracticeQuestion>>) & { readonly widened: boolean };

interface Begin {
  readonly run: string;
  readonly pick: Pick;
  readonly entries: Entry[];
  readonly step: Step;
  readonly resumed: boolean;
}

/** A new mock screen. A track too narrow for a real screen's mix (say, only design stories) practises with every question. */
function freshStart(pool: readonly PracticeQuestion[], fallback: readonly PracticeQuestion[]): Begin {
  const own = pickMockScreen(pool);
  const pick = own.ok ? { ...own, widened: false } : { ...pickMockScreen(fallback), widened: true };
  return { run: Date.now().toString(36), pick, entries: [], step: { kind: 'question' }, resumed: false };
}

/** The mock screen left on this device (a reload, a closed tab), if its questions still exist; else a new one. */
function resumeOrStart(track: string, pool: readonly PracticeQuestion[], fallback: readonly PracticeQuestion[]): Begin {
  const saved = loadMockRun(track);
  const byId = new Map(fallback.map((q) => [q.id, q]));
  const questions = saved?.questionIds.map((id) => byId.get(id));
  if (!saved || !questions || questions.some((q) => q === undefined) || saved.entries.length === 0) return freshStart(pool, fallback);
  const step: Step = saved.followUpPrompt ? { kind: 'follow-up', prompt: saved.followUpPrompt } : { kind: 'question' };
  const entries = saved.entries.map((e) => ({ ...e, followUps: [...e.followUps] }));
  return { run: saved.run, pick: { ok: true, questions: questions as PracticeQuestion[], widened: saved.widened }, entries, step, resumed: true };
}

/**
 * A mock screen: six questions that keep a real screen's composition rules,
 * up to one follow-up each (chosen as an interviewer would), then the
 * practice report. No scores are shown until the end, as in a real screen.
 */
export function PracticeMock({ track, pool, fallback, backTo }: Props) {
  const [begin, setBegin] = useState(() => resumeOrStart(track, pool, fallback));
  const startOver = () => {
    saveMockRun(track, null);
    setBegin(freshStart(pool, fallback));
  };
  return <MockRunView key={begin.run} track={track} begin={begin} backTo={backTo} onStartOver={startOver} />;
}

function MockRunView({ track, begin, backTo, onStartOver }: { track: string; begin: Begin; backTo: string; onStartOver: () => void }) {
  const { run, pick } = begin;
  const [entries, setEntries] = useState<Entry[]>(begin.entries);
  const [step, setStep] = useState<Step>(begin.step);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<MockReport | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [entries.length, step.kind, report]);
  // Every step is kept on the device, so a reload or a closed tab resumes here; a finished screen is forgotten (its answers are in the history).
  useEffect(() => {
    if (!pick.ok || report) return;
    const saved: MockRun = { run, questionIds: pick.questions.map((q) => q.id), widened: pick.widened, entries, followUpPrompt: step.kind === 'follow-up' ? step.prompt : null };
    saveMockRun(track, entries.length > 0 ? saved : null);
  }, [track, run, pick, entries, step, report]);
  // Left with every answer in but not yet scored (the scoring request failed, or the tab closed): score it now.
  const scoredOnResume = useRef(false);
  useEffect(() => {
    if (scoredOnResume.current) return;
    scoredOnResume.current = true;
    if (begin.resumed && pick.ok && begin.entries.length === pick.questions.length && begin.step.kind === 'question') {
      void finish(begin.entries).catch((err: unknown) => setError(describeError(err)));
    }
  }, []); // once, for the run as it was left

  if (!pick.ok) return <p className="note note-error">These questions cannot make a screen: {pick.broken.map((b) => b.message).join('; ')}.</p>;
  const questions = pick.questions;
  if (report) return <PracticeMockReport report={report} backTo={backTo} />;

  const index = step.kind === 'question' ? entries.length : entries.length - 1;
  const question = questions[index];
  if (question === undefined) {
    return error === null ? (
      <p role="status">Scoring your mock screen…</p>
    ) : (
      <div className="note note-error" role="alert">
        <p>{error}</p>
        <button type="button" className="button" onClick={() => { setError(null); void finish(entries).catch((err: unknown) => setError(describeError(err))); }}>
          Try again
        </button>
      </div>
    );
  }
  const slot = `mock:${run}:${index}:${step.kind}`;

  async function finish(all: Entry[]) {
    const done = await scoreMockScreen({ answers: all.map((e) => ({ questionId: e.questionId, answer: e.answer, ...(e.followUps.length > 0 ? { followUps: e.followUps } : {}) })) });
    const at = new Date().toISOString();
    all.forEach((e, i) => recordAttempt({ at, questionId: e.questionId, topic: (pick.ok ? pick.questions[i]?.topic : undefined) ?? e.questionId, answer: e.answer, score: done.questions[i]?.score ?? null }));
    saveMockRun(track, null);
    setReport(done);
  }

  async function advance(all: Entry[]) {
    setEntries(all);
    setStep({ kind: 'question' });
    if (all.length === questions.length) await finish(all);
  }

  const answer = async (text: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      if (step.kind === 'question') {
        const scored = await scorePracticeAnswer({ questionId: question.id, answer: text });
        savePracticeDraft(slot, '');
        const all = [...entries, { questionId: question.id, answer: text, followUps: [] }];
        if (scored.followUp) {
          setEntries(all);
          setStep({ kind: 'follow-up', prompt: scored.followUp.prompt });
        } else await advance(all);
      } else {
        savePracticeDraft(slot, '');
        const last = entries.at(-1)!;
        await advance([...entries.slice(0, -1), { ...last, followUps: [{ answer: text }] }]);
      }
    } catch (err) {
      setError(errorsWhere(err, (p) => p === 'answer')[0] ?? describeError(err));
    } finally {
      setBusy(false);
    }
  };

  const prompt = step.kind === 'question' ? question.text : step.prompt;
  const where = `Question ${index + 1} of ${questions.length}${step.kind === 'follow-up' ? ', follow-up' : ''}`;
  return (
    <>
      <p className="practice-back">
        <Link to={backTo}>← Leave the mock screen</Link>
      </p>
      {pick.widened && index === 0 && <p className="note note-info">This track alone cannot make a real screen&apos;s mix of questions, so the mock screen draws on every track.</p>}
      {begin.resumed && entries.length === begin.entries.length && (
        <p className="note note-info">
          You are back where you left this mock screen: {entries.length} of {questions.length} answered.{' '}
          <button type="button" className="button button-quiet button-small" onClick={onStartOver}>
            Start a new mock screen
          </button>
        </p>
      )}
      <p className="progress">{where}</p>
      <h1 ref={heading} tabIndex={-1} className="practice-prompt">
        <span className="visually-hidden">{where}: </span>
        {prompt}
      </h1>
      <PracticeAnswerBox
        slot={slot}
        label={step.kind === 'question' ? 'Your answer' : 'Your answer to the follow-up'}
        busy={busy}
        error={error}
        submitLabel="Send answer"
        onSubmit={(t) => void answer(t)}
      />
      {step.kind === 'follow-up' && !busy && (
        <p className="practice-actions">
          <button type="button" className="button button-quiet" onClick={() => void advance(entries).catch((err: unknown) => setError(describeError(err)))}>
            Skip this follow-up
          </button>
        </p>
      )}
    </>
  );
}
