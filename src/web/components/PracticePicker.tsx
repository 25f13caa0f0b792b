import type { PracticeQuestion } from '../api/practice.ts';
import { BANK_LABELS, TYPE_LABELS, label } from '../lib/labels.ts';
import { inTrack, TRACKS, type TrackId } from '../lib/practice-store.ts';
import { navigate } from '../lib/router.ts';
import { Link } from './Link.tsx';

interface Props {
  readonly questions: readonly PracticeQuestion[];
  readonly track: TrackId;
}

/** Choose a track, then a question to practise or a whole mock screen. */
export function PracticePicker({ questions, track }: Props) {
  const shown = questions.filter((q) => inTrack(q, track));
  const suffix = track === 'all' ? '' : `&track=${track}`;
  return (
    <>
      <fieldset className="practice-tracks">
        <legend>Track</legend>
        {TRACKS.map((t) => (
          <label key={t.id} className="practice-track">
            <input
              type="radio"
              name="track"
              value={t.id}
              checked={t.id === track}
              onChange={() => navigate(t.id === 'all' ? '/practice' : `/practice?track=${t.id}`, { replace: true })}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <section className="card practice-section" aria-labelledby="mock-title">
        <h2 id="mock-title">Mock screen</h2>
        <p>
          Six questions mixed the way a real first-round screen is — background, two past examples, a situation or your motivation — with up to one
          follow-up each, then a practice report out of 100.
        </p>
        <Link to={`/practice?mock=1${suffix}`} className="button button-primary">
          Start a mock screen
        </Link>
      </section>
      <h2 id="questions-title">
        Questions <span className="muted">({shown.length})</span>
      </h2>
      <ul className="practice-list" aria-labelledby="questions-title">
        {shown.map((q) => (
          <li key={q.id}>
            <Link to={`/practice?q=${encodeURIComponent(q.id)}${suffix}`} className="practice-link">
              {q.topic}
            </Link>
            <p className="practice-list-text">{q.text}</p>
            <span className="meta">
              <span className="chip">{label(TYPE_LABELS, q.type)}</span> <span className="chip chip-plain">{label(BANK_LABELS, q.bank)}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
