import { useId } from 'react';
import { loadPracticeDraft, savePracticeDraft } from '../lib/practice-store.ts';
import { useAnswerDraft } from '../lib/use-answer-draft.ts';
import { BusyButton } from './BusyButton.tsx';

const MAX = 20_000;

interface Props {
  /** Where the draft is kept on this device (a question, a follow-up, a mock turn). */
  readonly slot: string;
  readonly label: string;
  readonly busy: boolean;
  readonly error: string | null;
  readonly submitLabel: string;
  readonly onSubmit: (text: string) => void;
}

/** A calm answer box: no clock, the draft saved as you type, Ctrl+Enter to send. */
export function PracticeAnswerBox({ slot, label, busy, error, submitLabel, onSubmit }: Props) {
  const id = useId();
  const { text, empty, box, change, submit, onKeyDown } = useAnswerDraft(
    { id: slot, load: () => loadPracticeDraft(slot), save: (value) => savePracticeDraft(slot, value) },
    busy,
    onSubmit,
  );

  const message = empty ? 'Write an answer before sending it.' : text.length > MAX ? `Keep it under ${MAX.toLocaleString('en')} characters.` : error;
  return (
    <form className="answer-form practice-form" onSubmit={submit} noValidate>
      <label htmlFor={id} className="answer-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Take your time: there is no clock. Your draft stays on this device. Ctrl+Enter sends it.
      </p>
      <textarea
        id={id}
        ref={box}
        rows={7}
        value={text}
        readOnly={busy}
        aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={message ? true : undefined}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {message && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="answer-actions">
        <span className="muted practice-count" aria-hidden="true">
          {text.length.toLocaleString('en')} / {MAX.toLocaleString('en')}
        </span>
        <BusyButton type="submit" className="button button-primary" busy={busy} busyLabel="Scoring…">
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  );
}
