import { LabError } from '../../../shared/lab-error';
import type { Random } from '../../../shared/random';
import type { ColumnValues } from '../types';

/** Whether row `i` of a column holds a usable value: a finite number, or a code ≥ 0. */
export function isPresent(column: ColumnValues, i: number): boolean {
  return column.kind === 'numeric' ? Number.isFinite(column.values[i]!) : column.codes[i]! >= 0;
}

/** Number of rows in a column. */
export function computeRowCount(column: ColumnValues): number {
  return column.kind === 'numeric' ? column.values.length : column.codes.length;
}

/** Indices of the rows where every column is present (missing and ±Infinity are dropped). */
export function computeCompleteRows(columns: readonly ColumnValues[]): Uint32Array {
  const rows = columns.length > 0 ? computeRowCount(columns[0]!) : 0;
  if (columns.some((column) => computeRowCount(column) !== rows)) {
    throw new LabError('INVALID_ARGUMENT', 'Feature and target must have the same row count.');
  }
  const kept = new Uint32Array(rows);
  let n = 0;
  for (let i = 0; i < rows; i++) {
    if (columns.every((column) => isPresent(column, i))) kept[n++] = i;
  }
  return kept.slice(0, n);
}

/** `size` distinct positions of [0, n) drawn uniformly (partial Fisher–Yates), ascending. */
export function computeSamplePositions(n: number, size: number, random: Random): Uint32Array {
  if (size >= n) return Uint32Array.from({ length: n }, (_, i) => i);
  const pool = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = swap;
  }
  return pool.slice(0, size).sort();
}

/** A numeric column's values at the given rows. */
export function computeNumbersAt(values: Float64Array, rows: Uint32Array): Float64Array {
  return Float64Array.from(rows, (i) => values[i]!);
}

/** A coded column's codes at the given rows. */
export function computeCodesAt(codes: Int32Array, rows: Uint32Array): Int32Array {
  return Int32Array.from(rows, (i) => codes[i]!);
}
