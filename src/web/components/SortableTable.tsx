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

/** Ordered by `dir`; a row with no value (not scored yet) goes last either way. */
export function compare(a: string | number | null, b: string | number | null, dir: 1 | -1): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return dir * (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)));
}

type Sort = { readonly key: string; readonly dir: 1 | -1 };

/**
 * A table whose column headers sort it (aria-sort tells screen readers how).
 * On a narrow screen the table scrolls sideways and most headers are out of
 * sight, so a "Sort by" control above it does the same.
 */
export function SortableTable<T>({ caption, rows, columns, rowKey, initialSort, lead, leadHeader }: Props<T>) {
  const [sort, setSort] = useState<Sort>({ key: initialSort, dir: -1 });
  const col = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = col ? [...rows].sort((a, b) => compare(col.value(a), col.value(b), sort.dir)) : [...rows];
  return (
    <>
      {col && <SortControl columns={columns} rows={rows} sort={{ key: col.key, dir: sort.dir }} onSort={setSort} />}
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
    </>
  );
}

function SortControl<T>({ columns, rows, sort, onSort }: {
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly sort: Sort;
  readonly onSort: (s: Sort) => void;
}) {
  const col = columns.find((c) => c.key === sort.key);
  const numeric = col !== undefined && rows.some((r) => typeof col.value(r) === 'number');
  const order = numeric ? (sort.dir === -1 ? 'Highest first' : 'Lowest first') : sort.dir === -1 ? 'Z to A' : 'A to Z';
  return (
    <div className="sort-control">
      <label>
        Sort by{' '}
        <select value={sort.key} onChange={(e) => onSort({ key: e.target.value, dir: -1 })}>
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {c.header}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" aria-label={`Order: ${order}. Reverse it`} onClick={() => onSort({ key: sort.key, dir: sort.dir === 1 ? -1 : 1 })}>
        {order}
      </button>
    </div>
  );
}
