import type { TranscriptTurn } from '../api/types.ts';
import { isCandidateTurn } from '../lib/report-view.ts';

function time(at: string | undefined): string | null {
  if (!at) return null;
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The whole interview, turn by turn, with timestamps. */
export function Transcript({ turns }: { readonly turns: readonly TranscriptTurn[] }) {
  if (turns.length === 0) return <p className="muted">The transcript is empty.</p>;
  return (
    <ol className="transcript">
      {turns.map((t, i) => {
        const candidate = isCandidateTurn(t);
        return (
          <li key={`${t.seq ?? ''}-${i}`} className={candidate ? 'transcript-turn transcript-candidate' : 'transcript-turn'}>
            <span className="transcript-who">
              {candidate ? 'Candidate' : t.kind === 'follow_up' ? 'Interviewer (follow-up)' : 'Interviewer'}
              {t.at && (
                <>
                  {' · '}
                  <time dateTime={t.at}>{time(t.at)}</time>
                </>
              )}
            </span>
            <p className="transcript-text">{t.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
