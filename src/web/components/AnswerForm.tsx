import { loadDraft, saveDraft } from '../lib/answer-store.ts';
import { useAnswerDraft } from '../lib/use-answer-draft.ts';
import { BusyButton } from './BusyButton.tsx';

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
  const { text, empty, box, change, submit, onKeyDown } = useAnswerDraft(
    { id: `${token}:${seq}`, load: () => loadDraft(token, seq), save: (value) => saveDraft(token, seq, value) },
    sending,
    onSubmit,
  );

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
        <BusyButton type="submit" className="button button-primary" busy={sending} busyLabel="Sending…">
          Send answer
        </BusyButton>
      </div>
    </form>
  );
}
