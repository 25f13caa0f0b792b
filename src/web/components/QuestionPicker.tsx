import { useMemo, useState } from 'react';
import type { Question } from '../api/types.ts';
import { EMPTY_FILTER, QuestionFilters } from './QuestionFilters.tsx';
import type { QuestionFilter } from './QuestionFilters.tsx';
import { QuestionRubric } from './QuestionRubric.tsx';
import { TYPE_LABELS, label } from '../lib/labels.ts';

interface Props {
  readonly questions: readonly Question[];
  readonly selected: readonly string[];
  readonly onAdd: (id: string) => void;
}

function matches(q: Question, f: QuestionFilter): boolean {
  if (f.type && q.type !== f.type) return false;
  if (f.bank && q.bank !== f.bank) return false;
  if (f.competency && !q.competencies.includes(f.competency as Question['competencies'][number])) return false;
  const words = f.q.trim().toLowerCase();
  if (words && !`${q.text} ${q.topic} ${q.id}`.toLowerCase().includes(words)) return false;
  return true;
}

/** The bank, filtered, with a button to add each question to the screen. */
export function QuestionPicker({ questions, selected, onAdd }: Props) {
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const shown = useMemo(() => questions.filter((q) => matches(q, filter)), [questions, filter]);
  return (
    <section className="picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Add questions from the bank</h2>
      <QuestionFilters value={filter} onChange={setFilter} idPrefix="picker" />
      <p className="muted" role="status">
        {shown.length} of {questions.length} questions
      </p>
      <ul className="picker-list" tabIndex={0} aria-label="Bank questions">
        {shown.map((q) => {
          const added = selected.includes(q.id);
          return (
            <li key={q.id} className="picker-item">
              <div className="picker-row">
                <span className="selected-body">
                  <span className="question-text">{q.text}</span>
                  <span className="question-meta">
                    {label(TYPE_LABELS, q.type)} · {q.topic}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  aria-disabled={added || undefined}
                  onClick={() => added || onAdd(q.id)}
                  aria-label={added ? `Added: ${q.text}` : `Add: ${q.text}`}
                  data-question-id={q.id}
                >
                  {added ? 'Added' : 'Add'}
                </button>
              </div>
              <details className="picker-details">
                <summary>Rubric and follow-ups</summary>
                <QuestionRubric question={q} headingLevel={3} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
