import type { Question } from '../api/types.ts';
import { TYPE_LABELS, label } from '../lib/labels.ts';

interface Props {
  readonly ids: readonly string[];
  readonly lookup: (id: string) => Question | undefined;
  readonly onChange: (ids: string[]) => void;
  readonly errors?: readonly string[] | undefined;
}

function move(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The screen's questions in the order they will be asked; reorder or remove. */
export function SelectedQuestions({ ids, lookup, onChange, errors }: Props) {
  return (
    <section className="selected" aria-labelledby="selected-title">
      <h2 id="selected-title">Questions in this screen ({ids.length})</h2>
      {errors && errors.length > 0 && (
        <ul className="field-errors" id="questions-errors">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {ids.length === 0 && <p className="placeholder">Add questions from the bank below. A screen asks 6 to 8.</p>}
      <ol className="selected-list">
        {ids.map((id, i) => {
          const q = lookup(id);
          const text = q?.text ?? id;
          return (
            <li key={id} className="selected-item">
              <span className="selected-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="selected-body">
                <span className="question-text">{text}</span>
                <span className="question-meta">{q ? `${label(TYPE_LABELS, q.type)} · ${q.topic}` : 'not in the bank'}</span>
              </span>
              <span className="selected-actions">
                <button type="button" className="button button-icon" disabled={i === 0} onClick={() => onChange(move(ids, i, i - 1))} aria-label={`Move question ${i + 1} up`}>
                  ↑
                </button>
                <button type="button" className="button button-icon" disabled={i === ids.length - 1} onClick={() => onChange(move(ids, i, i + 1))} aria-label={`Move question ${i + 1} down`}>
                  ↓
                </button>
                <button type="button" className="button button-icon" onClick={() => onChange(ids.filter((x) => x !== id))} aria-label={`Remove question ${i + 1}`}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
