import type { Prompt } from '../api/interview.ts';
import type { LoggedTurn } from '../lib/answer-store.ts';

interface Props {
  readonly log: readonly LoggedTurn[];
  readonly current: Prompt | null;
  /** The answer on its way to the server, shown as sent but not yet confirmed. */
  readonly sending: string | null;
}

function Interviewer({ text, kind }: { readonly text: string; readonly kind: 'question' | 'follow_up' | undefined }) {
  return (
    <li className="bubble bubble-interviewer">
      <span className="bubble-who">{kind === 'follow_up' ? 'Interviewer · follow-up' : 'Interviewer'}</span>
      <p className="bubble-text">{text}</p>
    </li>
  );
}

function Candidate({ text, pending }: { readonly text: string; readonly pending?: boolean }) {
  return (
    <li className={pending ? 'bubble bubble-candidate bubble-pending' : 'bubble bubble-candidate'}>
      <span className="bubble-who">{pending ? 'You · sending…' : 'You'}</span>
      <p className="bubble-text">{text}</p>
    </li>
  );
}

/** The interview as a conversation: earlier turns, then the current prompt. */
export function Conversation({ log, current, sending }: Props) {
  return (
    <ol className="conversation" aria-label="Conversation">
      {log.map((t) => (
        <li key={t.seq} className="turn">
          <ol className="turn-bubbles">
            <Interviewer text={t.prompt} kind={t.kind} />
            <Candidate text={t.answer} />
          </ol>
        </li>
      ))}
      {current && (
        <li className="turn turn-current">
          <ol className="turn-bubbles">
            <Interviewer text={current.text} kind={current.kind} />
            {sending !== null && <Candidate text={sending} pending />}
          </ol>
        </li>
      )}
    </ol>
  );
}
