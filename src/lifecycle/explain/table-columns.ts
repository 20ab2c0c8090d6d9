/** Column lookups and copies shared by the explain stage's table rewrites. */
import { LabError } from '../../shared/lab-error';
import type { ColumnTable, ColumnValues } from '../data/types';

/** Index of the column `name` in `table`; NOT_FOUND when the table has no such column. */
export function computeColumnIndex(table: ColumnTable, name: string): number {
  const index = table.names.indexOf(name);
  if (index < 0) {
    throw new LabError('NOT_FOUND', `column "${name}" is not in the table`, {
      column: name,
      params: { column: name, what: `column ${name}` },
    });
  }
  return index;
}

/** The column at `index`; the table is assumed consistent with its names. */
export function computeColumn(table: ColumnTable, index: number): ColumnValues {
  const column = table.columns[index];
  if (column === undefined) throw new LabError('INTERNAL', `column ${index} is missing`);
  return column;
}

/** A copy of `table` whose column `index` is replaced (the other columns are shared, not copied). */
export function computeTableWithColumn(
  table: ColumnTable,
  index: number,
  column: ColumnValues,
): ColumnTable {
  const columns = table.columns.slice();
  columns[index] = column;
  return { rowCount: table.rowCount, names: table.names, columns };
}

/** A fresh copy of a column's values (codes keep the same dictionary). */
export function computeColumnCopy(column: ColumnValues): ColumnValues {
  return column.kind === 'numeric'
    ? { kind: 'numeric', values: column.values.slice() }
    : { kind: 'coded', codes: column.codes.slice(), dictionary: column.dictionary };
}

/** The column's values as one typed array (numbers or dictionary codes). */
export function computeColumnData(column: ColumnValues): Float64Array | Int32Array {
  return column.kind === 'numeric' ? column.values : column.codes;
}

/** An INVALID_ARGUMENT error for `field` with an `invalid.<reason>` message key. */
export function computeInvalidArgument(field: string, reason: string, message: string): LabError {
  return new LabError('INVALID_ARGUMENT', message, { params: { field, reason } });
}
