import { describe, expect, it } from 'vitest';
import { compare } from './SortableTable.tsx';

describe('sorting a table column', () => {
  const values = [40, null, 88, 6, null];
  it('orders numbers either way round, with the rows not scored yet last both times', () => {
    expect([...values].sort((a, b) => compare(a, b, -1))).toEqual([88, 40, 6, null, null]);
    expect([...values].sort((a, b) => compare(a, b, 1))).toEqual([6, 40, 88, null, null]);
  });

  it('orders text alphabetically', () => {
    expect(['Grace', 'Ada', 'Linus'].sort((a, b) => compare(a, b, 1))).toEqual(['Ada', 'Grace', 'Linus']);
  });
});
