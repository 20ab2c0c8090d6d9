import type { ColumnTable, ColumnValues } from '../../src/lifecycle/data/types';
import type { ColumnChunkRow, StoredColumn } from '../../src/storage';

/** Rows per stored column chunk: 64 Ki rows, 512 KiB per numeric chunk. */
export const defaultChunkRows = 65_536;

/** How many chunks a column of `rows` rows takes. */
export function computeChunkCount(rows: number, chunkRows: number): number {
  return Math.ceil(rows / chunkRows);
}

/** Storage of each column: numeric, or coded with its dictionary. */
export function computeStoredColumns(table: ColumnTable): StoredColumn[] {
  return table.columns.map((column) =>
    column.kind === 'numeric'
      ? { kind: 'numeric' }
      : { kind: 'coded', dictionary: [...column.dictionary] },
  );
}

/** Bytes of every column's values. */
export function computeTableBytes(table: ColumnTable): number {
  return table.columns.reduce(
    (sum, column) =>
      sum + (column.kind === 'numeric' ? column.values.byteLength : column.codes.byteLength),
    0,
  );
}

/** Chunk `index` of one column, as its own buffer (a copy: IndexedDB would clone a view's whole buffer). */
export function sliceColumnChunk(
  versionId: string,
  name: string,
  column: ColumnValues,
  index: number,
  chunkRows: number,
): ColumnChunkRow {
  const start = index * chunkRows;
  const source = column.kind === 'numeric' ? column.values : column.codes;
  const slice = source.slice(start, Math.min(start + chunkRows, source.length));
  return {
    versionId,
    column: name,
    index,
    encoding: column.kind === 'numeric' ? 'float64' : 'int32',
    rows: slice.length,
    values: slice.buffer as ArrayBuffer,
  };
}

/** Joins one column's chunks (in index order) back into one column. */
export function joinColumnChunks(
  stored: StoredColumn,
  chunks: readonly ColumnChunkRow[],
  rows: number,
): ColumnValues {
  const numeric = stored.kind === 'numeric';
  const joined = numeric ? new Float64Array(rows) : new Int32Array(rows);
  let at = 0;
  for (const chunk of chunks) {
    const part = numeric ? new Float64Array(chunk.values) : new Int32Array(chunk.values);
    joined.set(part, at);
    at += part.length;
  }
  return stored.kind === 'numeric'
    ? { kind: 'numeric', values: joined as Float64Array }
    : { kind: 'coded', codes: joined as Int32Array, dictionary: stored.dictionary };
}
