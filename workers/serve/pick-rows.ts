import type { ColumnTable, ColumnValues } from '../../src/lifecycle/data/types';

/** The values of column `name` at `rows`, in that order (a row-aligned copy). */
export function pickColumnRows(
  table: ColumnTable,
  name: string,
  rows: ArrayLike<number>,
): ColumnValues {
  const column = table.columns[table.names.indexOf(name)];
  if (!column) return { kind: 'numeric', values: new Float64Array(rows.length).fill(Number.NaN) };
  if (column.kind === 'numeric') {
    return {
      kind: 'numeric',
      values: Float64Array.from({ length: rows.length }, (_, i) => column.values[rows[i]!]!),
    };
  }
  return {
    kind: 'coded',
    dictionary: column.dictionary,
    codes: Int32Array.from({ length: rows.length }, (_, i) => column.codes[rows[i]!]!),
  };
}
