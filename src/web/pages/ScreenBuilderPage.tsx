import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { checkComposition } from '../../core/screens/composition.ts';
import { ScreenCreateSchema } from '../../schemas/screen.ts';
import { ApiError, describeError, fieldErrors, postOnce, request } from '../api/client.ts';
import { validateWith } from '../api/validate.ts';
import type { Question, Screen } from '../api/types.ts';
import { CompositionChecklist } from '../components/CompositionChecklist.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { Field } from '../components/Field.tsx';
import { BusyButton } from '../components/BusyButton.tsx';
import { Link } from '../components/Link.tsx';
import { QuestionPicker } from '../components/QuestionPicker.tsx';
import { SelectedQuestions } from '../components/SelectedQuestions.tsx';
import { StaleNotice } from '../components/StaleNotice.tsx';
import { firstInvalid, useFocusLater } from '../lib/focus.ts';
import { navigate, usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

interface Draft {
  title: string;
  role: string;
  questionIds: string[];
  minutes: string;
  threshold: string;
  overrideReason: string;
  candidateFeedback: boolean;
}

const EMPTY: Draft = { title: '', role: '', questionIds: [], minutes: '25', threshold: '', overrideReason: '', candidateFeedback: false };

function toNumber(s: string): number | null {
  return s.trim() === '' ? null : Number(s);
}

function fromScreen(s: Screen): Draft {
  return {
    title: s.title,
    role: s.role,
    questionIds: s.questions.map((q) => q.questionId),
    minutes: String(s.timeBudgetMinutes),
    threshold: String(s.passThreshold),
    overrideReason: s.override?.reason ?? '',
    candidateFeedback: s.candidateFeedback,
  };
}

/** Only what the user changed, so the audit trail says exactly that. */
function changedFields(body: Record<string, unknown>, screen: Screen): Record<string, unknown> {
  const before: Record<string, unknown> = {
    title: screen.title,
    role: screen.role,
    questions: screen.questions.map((q) => ({ questionId: q.questionId })),
    timeBudgetMinutes: screen.timeBudgetMinutes,
    passThreshold: screen.passThreshold,
    override: screen.override,
    candidateFeedback: screen.candidateFeedback,
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (JSON.stringify(v) !== JSON.stringify(before[k])) out[k] = v;
  if (!('override' in body) && screen.override) out.override = null;
  return out;
}

/** Build a new screen, or edit a draft: pick and order questions, see the rules live. */
export function ScreenBuilderPage({ screenId }: { readonly screenId?: string }) {
  usePageTitle(screenId ? 'Edit screen' : 'New screen');
  const [bank] = useApi<{ items: Question[] }>('/api/v1/questions');
  const [existing, reloadExisting] = useApi<Screen>(screenId ? `/api/v1/screens/${encodeURIComponent(screenId)}` : null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const focusLater = useFocusLater();

  useEffect(() => {
    if (existing.kind === 'ready') setDraft(fromScreen(existing.data));
  }, [existing]);

  const byId = useMemo(() => new Map((bank.kind === 'ready' ? bank.data.items : []).map((q) => [q.id, q])), [bank]);
  const lookup = useCallback((id: string) => byId.get(id), [byId]);
  const checks = useMemo(
    () =>
      checkComposition(
        {
          questionIds: draft.questionIds,
          timeBudgetMinutes: toNumber(draft.minutes),
          passThreshold: toNumber(draft.threshold),
          override: draft.overrideReason.trim() ? { reason: draft.overrideReason } : null,
        },
        lookup,
      ),
    [draft, lookup],
  );

  // An edit makes the server's last refusal stale (the live checklist says what holds now).
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const body = {
      title: draft.title,
      role: draft.role,
      questions: draft.questionIds.map((questionId) => ({ questionId })),
      timeBudgetMinutes: toNumber(draft.minutes),
      passThreshold: toNumber(draft.threshold),
      ...(draft.overrideReason.trim() ? { override: { reason: draft.overrideReason.trim() } } : {}),
      candidateFeedback: draft.candidateFeedback,
    };
    const problems = validateWith(ScreenCreateSchema, body);
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      focusLater(firstInvalid('form.builder'));
      return;
    }
    setBusy(true);
    try {
      if (screenId && existing.kind === 'ready') {
        await request<Screen>(`/api/v1/screens/${encodeURIComponent(screenId)}`, {
          method: 'PATCH',
          body: changedFields(body, existing.data),
          headers: { 'if-match': `"${existing.data.version}"` },
        });
        navigate(`/screens/${encodeURIComponent(screenId)}`);
      } else {
        const created = await postOnce<Screen>('/api/v1/screens', body);
        navigate(`/screens/${encodeURIComponent(created.id)}`);
      }
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'stale_version' || err.status === 412)) setStale(true);
      else {
        setError(err);
        focusLater(firstInvalid('form.builder'));
      }
    } finally {
      setBusy(false);
    }
  }

  if (bank.kind === 'loading' || (screenId && existing.kind === 'loading')) return <Loading />;
  if (bank.kind === 'error') return <ErrorNote error={bank.error} />;
  if (existing.kind === 'error') return <ErrorNote error={existing.error} />;

  const fields = { ...local, ...fieldErrors(error) };
  const known = new Set(['title', 'role', 'questions', 'timeBudgetMinutes', 'passThreshold', 'override', 'candidateFeedback']);
  const unplaced = error !== null && Object.keys(fields).every((k) => !known.has(k));
  const broken = checks.some((c) => !c.ok);

  return (
    <section className="page page-wide">
      <p className="breadcrumb">
        <Link to="/screens">Screens</Link>
      </p>
      <h1>{screenId ? 'Edit draft screen' : 'New screen'}</h1>
      {stale && (
        <StaleNotice
          onReload={() => {
            setStale(false);
            reloadExisting();
            focusLater('form.builder input');
          }}
        />
      )}
      <form className="builder" onSubmit={(e) => void save(e)} noValidate>
        <div className="builder-main">
          <div className="card form-grid">
            <Field label="Title" errors={fields.title}>
              <input type="text" value={draft.title} onChange={(e) => set({ title: e.target.value })} required />
            </Field>
            <Field label="Role" hint="Shown to candidates, e.g. Senior backend engineer, Payments" errors={fields.role}>
              <input type="text" value={draft.role} onChange={(e) => set({ role: e.target.value })} required />
            </Field>
            <Field label="Time budget (minutes)" hint="The same for every candidate: 15 to 30 minutes." errors={fields.timeBudgetMinutes}>
              <input type="number" inputMode="numeric" min={15} max={60} value={draft.minutes} onChange={(e) => set({ minutes: e.target.value })} />
            </Field>
            <Field label="Pass threshold (out of 100)" hint="Fixed before the first interview; locked when you publish." errors={fields.passThreshold}>
              <input type="number" inputMode="numeric" min={0} max={100} value={draft.threshold} onChange={(e) => set({ threshold: e.target.value })} />
            </Field>
            <Field
              label="Override reason (optional)"
              hint="Only to allow up to 10 questions or 60 minutes. Recorded in the audit trail."
              errors={fields.override}
            >
              <input type="text" value={draft.overrideReason} onChange={(e) => set({ overrideReason: e.target.value })} />
            </Field>
            <div className="field field-check">
              <label>
                <input type="checkbox" checked={draft.candidateFeedback} onChange={(e) => set({ candidateFeedback: e.target.checked })} aria-describedby="feedback-hint" />{' '}
                Send each candidate short feedback
              </label>
              <p className="field-hint" id="feedback-hint">
                When they finish: two or three strengths and things to work on, in plain words from the rubric, on screen and by email. Never the score or the threshold. Locked when you publish.
              </p>
            </div>
          </div>
          <SelectedQuestions ids={draft.questionIds} lookup={lookup} onChange={(questionIds) => set({ questionIds })} errors={fields.questions} />
          {unplaced && <ErrorNote error={error} />}
          {error !== null && !unplaced && (
            <p className="form-error" role="alert">
              {error instanceof ApiError ? error.problem.title : describeError(error)}. The details are next to the fields they concern.
            </p>
          )}
          <div className="actions">
            <BusyButton type="submit" className="button button-primary" busy={busy} busyLabel="Saving…">
              {screenId ? 'Save changes' : 'Save draft'}
            </BusyButton>
            {broken && <span className="muted">The server refuses a draft that breaks a rule; the checklist shows which.</span>}
          </div>
          <QuestionPicker questions={bank.data.items} selected={draft.questionIds} onAdd={(id) => set({ questionIds: [...draft.questionIds, id] })} />
        </div>
        <aside className="builder-side">
          <CompositionChecklist checks={checks} />
        </aside>
      </form>
    </section>
  );
}
