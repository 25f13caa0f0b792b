import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { FaqPutSchema } from '../../schemas/candidate-trust.ts';
import { ApiError } from '../api/client.ts';
import { saveFaq, type Faq, type FaqItem } from '../api/trust.ts';
import { formatDateTime } from '../lib/labels.ts';
import { firstInvalid, useFocusLater } from '../lib/focus.ts';
import { useApi } from '../lib/use-api.ts';
import { BusyButton } from './BusyButton.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { Field } from './Field.tsx';
import { StaleNotice } from './StaleNotice.tsx';

const COMMON = ['Is the role remote?', 'What does the team own?', 'What happens after this screen?', 'When will I hear back?'];

/** Messages by path ("items.0.answer"), from the API's own schema or from its problem. */
function problemsByPath(error: unknown, items: readonly FaqItem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: string, message: string) => (out[path] ??= []).push(message);
  if (error instanceof ApiError) for (const e of error.problem.errors ?? []) add(String(e.path), e.message);
  if (error === null) {
    const r = FaqPutSchema.safeParse({ items });
    if (!r.success) for (const i of r.error.issues) add(i.path.join('.'), i.message);
  }
  return out;
}

/**
 * The hiring team's answers to what candidates ask about the role. They sit
 * outside the locked rubric: editable any time, shared by every version of
 * the screen, saved over the version read (someone else's save is a 412).
 */
export function FaqEditor({ screenId, onSaved }: { readonly screenId: string; readonly onSaved?: () => void }) {
  const [faq, reload, replace] = useApi<Faq>(`/api/v1/screens/${encodeURIComponent(screenId)}/faq`);
  const [items, setItems] = useState<FaqItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<Record<string, string[]>>({});
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusLater = useFocusLater();

  useEffect(() => {
    if (faq.kind === 'ready') setItems(faq.data.items.map((i) => ({ ...i })));
  }, [faq]);

  if (faq.kind === 'loading') return null;
  if (faq.kind === 'error') return <ErrorNote error={faq.error} onRetry={reload} />;
  const current = faq.data;

  const edit = (index: number, patch: Partial<FaqItem>) => {
    setSaved(false);
    setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  };

  // Focus goes to the item added, and after a removal to the item that took
  // its place (or the add button when the list is empty).
  const add = (question: string) => {
    setSaved(false);
    setItems([...items, { question, answer: '' }]);
    focusLater(`#faq-item-${items.length} ${question ? 'textarea' : 'input'}`);
  };
  const remove = (index: number) => {
    setSaved(false);
    setItems(items.filter((_, j) => j !== index));
    const next = Math.min(index, items.length - 2);
    focusLater(next < 0 ? '#faq-add' : `#faq-item-${next} input`);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setSaved(false);
    const local = problemsByPath(null, items);
    setChecked(local);
    if (Object.keys(local).length > 0) {
      focusLater(firstInvalid('.faq-editor form'));
      return;
    }
    setBusy(true);
    try {
      replace(await saveFaq(screenId, current.version, items));
      setSaved(true);
      onSaved?.();
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) setStale(true);
      else {
        setError(err);
        focusLater(firstInvalid('.faq-editor form'));
      }
    } finally {
      setBusy(false);
    }
  }

  const problems = { ...checked, ...problemsByPath(error, items) };
  const unplaced = error !== null && !(error instanceof ApiError && (error.problem.errors ?? []).length > 0);
  return (
    <section className="card faq-editor" aria-labelledby="faq-editor-title">
      <h2 id="faq-editor-title" tabIndex={-1}>Questions candidates ask about the role</h2>
      <p className="muted">
        Candidates can read these before they start and see them again at the end. They are not part of the locked
        rubric: you can edit them at any time, for every version of this screen.
      </p>
      {stale && (
        <StaleNotice
          what="these answers"
          reloadLabel="Reload the latest answers"
          onReload={() => {
            setStale(false);
            reload();
            focusLater('#faq-editor-title');
          }}
        />
      )}
      <form onSubmit={(e) => void save(e)} noValidate>
        {items.length === 0 && <p>No answers yet. Add the questions candidates usually ask.</p>}
        <ol className="faq-items">
          {items.map((item, i) => (
            <li key={i} className="faq-item" id={`faq-item-${i}`}>
              <Field label={`Question ${i + 1}`} errors={problems[`items.${i}.question`]}>
                <input type="text" maxLength={300} value={item.question} onChange={(e) => edit(i, { question: e.target.value })} />
              </Field>
              <Field label={`Answer to question ${i + 1}`} errors={problems[`items.${i}.answer`]}>
                <textarea rows={3} maxLength={2000} value={item.answer} onChange={(e) => edit(i, { answer: e.target.value })} />
              </Field>
              <button type="button" className="button button-quiet button-small" onClick={() => remove(i)}>
                Remove question {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <div className="faq-add">
          <button type="button" id="faq-add" className="button button-small" onClick={() => add('')} disabled={items.length >= 20}>
            Add a question
          </button>
          {COMMON.filter((q) => !items.some((i) => i.question === q)).map((q) => (
            <button key={q} type="button" className="button button-quiet button-small" onClick={() => add(q)} disabled={items.length >= 20}>
              + {q}
            </button>
          ))}
        </div>
        {problems.items && (
          <p className="form-error" role="alert" tabIndex={-1} data-focus-on-error>
            {problems.items.join(' ')}
          </p>
        )}
        {unplaced && <ErrorNote error={error} />}
        <div className="actions">
          <BusyButton type="submit" className="button button-primary" busy={busy} busyLabel="Saving…">
            Save answers
          </BusyButton>
          <span className="muted" role="status">
            {saved ? 'Saved. ' : ''}
            {current.version > 0 ? `Version ${current.version}, saved ${formatDateTime(current.updatedAt)}` : 'Not saved yet'}
          </span>
        </div>
      </form>
    </section>
  );
}
