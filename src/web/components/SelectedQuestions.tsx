import type { Question } from '../api/types.ts';
import { byData, useFocusLater } from '../lib/focus.ts';
import { TYPE_LABELS, label } from '../lib/labels.ts';

interface Props {
  readonly ids: readonly string[];
  readonly lookup: (id: string) => Question | undefined;
  readonly onChange: (ids: string[]) => void;
  readonly errors?: readonly string[] | undefined;
}

type Action = 'up' | 'down' | 'remove';

function move(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

function button(id: string, action: Action): string {
  return `.selected-list ${byData('question', id)} ${byData('action', action)}`;
}

/**
 * The screen's questions in the order they will be asked; reorder or remove.
 * Focus follows the question that moved, and after a removal lands on the
 * next question's remove button (or the heading when none is left).
 */
export function SelectedQuestions({ ids, lookup, onChange, errors }: Props) {
  const focusLater = useFocusLater();

  function shift(i: number, by: -1 | 1) {
    const id = ids[i];
    if (id === undefined || !ids[i + by]) return;
    onChange(move(ids, i, i + by));
    focusLater(button(id, by < 0 ? 'up' : 'down'));
  }

  function remove(i: number) {
    const next = ids.filter((_, j) => j !== i);
    onChange(next);
    const neighbour = next[i] ?? next[i - 1];
    focusLater(neighbour === undefined ? '#selected-title' : button(neighbour, 'remove'));
  }

  return (
    <section className="selected" aria-labelledby="selected-title">
      <h2 id="selected-title" tabIndex={-1}>
        Questions in this screen ({ids.length})
      </h2>
      {errors && errors.length > 0 && (
        <ul className="field-errors" id="questions-errors" tabIndex={-1} data-focus-on-error>
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
            <li key={id} className="selected-item" data-question={id}>
              <span className="selected-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="selected-body">
                <span className="question-text">{text}</span>
                <span className="question-meta">{q ? `${label(TYPE_LABELS, q.type)} · ${q.topic}` : 'not in the bank'}</span>
              </span>
              <span className="selected-actions">
                <button type="button" className="button button-icon" data-action="up" aria-disabled={i === 0 || undefined} onClick={() => shift(i, -1)} aria-label={`Move question ${i + 1} up`}>
                  ↑
                </button>
                <button type="button" className="button button-icon" data-action="down" aria-disabled={i === ids.length - 1 || undefined} onClick={() => shift(i, 1)} aria-label={`Move question ${i + 1} down`}>
                  ↓
                </button>
                <button type="button" className="button button-icon" data-action="remove" onClick={() => remove(i)} aria-label={`Remove question ${i + 1}`}>
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
