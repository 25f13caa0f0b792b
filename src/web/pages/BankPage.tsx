import { useState } from 'react';
import type { Question } from '../api/types.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { Link } from '../components/Link.tsx';
import { QuestionFilters, EMPTY_FILTER, filterQuery } from '../components/QuestionFilters.tsx';
import { QuestionRubric } from '../components/QuestionRubric.tsx';
import { TYPE_LABELS, label } from '../lib/labels.ts';
import { usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';
import { useDebounced } from '../lib/use-debounced.ts';

/** Browse and filter the question bank; open a question to read its rubric. */
export function BankPage({ selectedId }: { readonly selectedId?: string }) {
  usePageTitle('Question bank');
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const query = useDebounced(filterQuery(filter));
  const [list, reload] = useApi<{ items: Question[] }>(`/api/v1/questions${query}`);
  const [one] = useApi<Question>(selectedId ? `/api/v1/questions/${encodeURIComponent(selectedId)}` : null);

  return (
    <section className="page page-wide">
      <h1>Question bank</h1>
      <p className="lead">Every question comes with a written rubric: what a strong, an average and a weak answer look like.</p>
      <QuestionFilters value={filter} onChange={setFilter} idPrefix="bank" />
      <div className="split">
        <div className="split-list">
          {list.kind === 'loading' && <Loading />}
          {list.kind === 'error' && <ErrorNote error={list.error} onRetry={reload} />}
          {list.kind === 'ready' && (
            <>
              <p className="muted" role="status">
                {list.data.items.length} {list.data.items.length === 1 ? 'question' : 'questions'}
              </p>
              <ul className="question-list">
                {list.data.items.map((q) => (
                  <li key={q.id} className={q.id === selectedId ? 'selected' : undefined}>
                    <Link to={`/bank/${encodeURIComponent(q.id)}`} current={q.id === selectedId} className="question-link">
                      <span className="question-text">{q.text}</span>
                      <span className="question-meta">
                        {label(TYPE_LABELS, q.type)} · {q.topic}
                        {q.source === 'org' ? ' · your organisation' : ''}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="split-detail">
          {!selectedId && <p className="placeholder">Choose a question to see its rubric, signals, red flags and follow-ups.</p>}
          {selectedId && one.kind === 'loading' && <Loading />}
          {selectedId && one.kind === 'error' && <ErrorNote error={one.error} />}
          {selectedId && one.kind === 'ready' && <QuestionRubric question={one.data} />}
        </div>
      </div>
    </section>
  );
}
