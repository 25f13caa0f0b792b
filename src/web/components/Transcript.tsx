import type { TranscriptTurn } from '../api/types.ts';

const time = (at: string): string => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The whole interview, turn by turn, with timestamps. */
export function Transcript({ turns }: { readonly turns: readonly TranscriptTurn[] }) {
  if (turns.length === 0) return <p className="muted">The transcript is empty.</p>;
  return (
    <ol className="transcript">
      {turns.map((t) => {
        const candidate = t.speaker === 'candidate';
        return (
          <li key={`${t.seq}-${t.speaker}`} className={candidate ? 'transcript-turn transcript-candidate' : 'transcript-turn'}>
            <span className="transcript-who">
              {candidate ? 'Candidate' : t.kind === 'follow_up' ? 'Interviewer (follow-up)' : 'Interviewer'}
              {' · '}
              <time dateTime={t.at}>{time(t.at)}</time>
              {t.late && ' (in the grace period after time ran out)'}
            </span>
            <p className="transcript-text">{t.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
