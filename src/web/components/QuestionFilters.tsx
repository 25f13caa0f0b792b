import { BANK_LABELS, COMPETENCY_LABELS, TYPE_LABELS } from '../lib/labels.ts';

export interface QuestionFilter {
  readonly type: string;
  readonly competency: string;
  readonly bank: string;
  readonly q: string;
}

export const EMPTY_FILTER: QuestionFilter = { type: '', competency: '', bank: '', q: '' };

export function filterQuery(f: QuestionFilter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v.trim() !== '') params.set(k, v.trim());
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

interface Props {
  readonly value: QuestionFilter;
  readonly onChange: (next: QuestionFilter) => void;
  readonly idPrefix: string;
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: Record<string, string>;
  onChange: (v: string) => void;
}) {
  return (
    <div className="filter">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All</option>
        {Object.entries(props.options).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters for the question bank: type, competency, bank and a topic search. */
export function QuestionFilters({ value, onChange, idPrefix }: Props) {
  return (
    <div className="filters" role="search" aria-label="Filter questions">
      <div className="filter filter-search">
        <label htmlFor={`${idPrefix}-q`}>Topic or words</label>
        <input
          id={`${idPrefix}-q`}
          type="search"
          value={value.q}
          placeholder="e.g. consistency"
          onChange={(e) => onChange({ ...value, q: e.target.value })}
        />
      </div>
      <Select id={`${idPrefix}-type`} label="Type" value={value.type} options={TYPE_LABELS} onChange={(type) => onChange({ ...value, type })} />
      <Select
        id={`${idPrefix}-competency`}
        label="Competency"
        value={value.competency}
        options={COMPETENCY_LABELS}
        onChange={(competency) => onChange({ ...value, competency })}
      />
      <Select id={`${idPrefix}-bank`} label="Bank" value={value.bank} options={BANK_LABELS} onChange={(bank) => onChange({ ...value, bank })} />
    </div>
  );
}
