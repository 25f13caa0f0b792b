import { useState } from 'react';
import type { ReactNode } from 'react';

export interface Column<T> {
  readonly key: string;
  readonly header: string;
  readonly value: (row: T) => string | number | null;
  readonly render?: (row: T) => ReactNode;
  /** Rendered as the row header (<th scope="row">). */
  readonly rowHeader?: boolean;
}

interface Props<T> {
  readonly caption: string;
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
  readonly initialSort: string;
  readonly lead?: (row: T) => ReactNode;
  readonly leadHeader?: string;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** A table whose column headers sort it (aria-sort tells screen readers how). */
export function SortableTable<T>({ caption, rows, columns, rowKey, initialSort, lead, leadHeader }: Props<T>) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: initialSort, dir: -1 });
  const col = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = col ? [...rows].sort((a, b) => sort.dir * compare(col.value(a), col.value(b))) : [...rows];
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}. Column headers sort the table.</caption>
        <thead>
          <tr>
            {lead && <th scope="col">{leadHeader ?? ''}</th>}
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort((s) => ({ key: c.key, dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : -1 }))}
                >
                  {c.header}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {lead && <td>{lead(row)}</td>}
              {columns.map((c) => {
                const content = c.render ? c.render(row) : (c.value(row) ?? '—');
                return c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c.key}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
