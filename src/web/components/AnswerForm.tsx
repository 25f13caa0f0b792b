import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { loadDraft, saveDraft } from '../lib/answer-store.ts';

interface Props {
  readonly token: string;
  readonly seq: number;
  readonly label: string;
  readonly sending: boolean;
  readonly error: string | null;
  readonly onSubmit: (text: string) => void;
}

/**
 * The answer box. Its draft is saved on this device as the candidate types,
 * so a reload or a closed tab brings it back for the same turn.
 */
export function AnswerForm({ token, seq, label, sending, error, onSubmit }: Props) {
  const [text, setText] = useState(() => loadDraft(token, seq));
  const [empty, setEmpty] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setText(loadDraft(token, seq));
    setEmpty(false);
  }, [token, seq]);

  function change(value: string) {
    setText(value);
    setEmpty(false);
    saveDraft(token, seq, value);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (sending) return;
    if (text.trim() === '') {
      setEmpty(true);
      box.current?.focus();
      return;
    }
    onSubmit(text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  }

  const message = empty ? 'Write an answer before sending it.' : error;
  return (
    <form className="answer-form" onSubmit={submit} noValidate>
      <label htmlFor="answer" className="answer-label">
        {label}
      </label>
      <p id="answer-hint" className="field-hint">
        Your draft is kept on this device. Press Ctrl+Enter or the Send button when you are ready.
      </p>
      <textarea
        id="answer"
        ref={box}
        rows={7}
        value={text}
        readOnly={sending}
        aria-describedby={message ? 'answer-hint answer-error' : 'answer-hint'}
        aria-invalid={message ? true : undefined}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {message && (
        <p id="answer-error" className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="answer-actions">
        <button type="submit" className="button button-primary" aria-disabled={sending || undefined}>
          {sending ? 'Sending…' : 'Send answer'}
        </button>
      </div>
    </form>
  );
}
