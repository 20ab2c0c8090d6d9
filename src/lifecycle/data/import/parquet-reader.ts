import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { defaultBatchRows } from './defaults';
import { createInputError } from './import-error';
import { parseColumnNames } from './parse-column-names';
import type { Cell, RowBatch, TableSample } from './types';

/** A Parquet value as a cell: 64-bit integers as numbers (text beyond ±2^53), dates as ISO text. */
export function parseParquetCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'bigint') {
    const small =
      value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(-Number.MAX_SAFE_INTEGER);
    return small ? Number(value) : value.toString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'bigint' ? inner.toString() : inner,
  );
}

/**
 * A Parquet file as a table, read whole with hyparquet (Parquet keeps its index at the end, so
 * it cannot be streamed from the front). Top-level columns become table columns; nested
 * values become JSON text. A file hyparquet cannot read throws PARSE_ERROR.
 */
export async function parseParquetTable(
  bytes: Uint8Array,
  file: string,
  batchRows = defaultBatchRows,
): Promise<TableSample> {
  const buffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  let rows: unknown[][] = [];
  let names: string[];
  try {
    const metadata = parquetMetadata(buffer);
    names = parquetSchema(metadata).children.map((child) => child.element.name);
    await parquetRead({
      file: buffer,
      metadata,
      rowFormat: 'array',
      onComplete: (read) => (rows = read),
    });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const error = createInputError(
      'PARSE_ERROR',
      { file },
      `the Parquet file cannot be read: ${detail}`,
      { detail },
    );
    throw Object.assign(error, { cause });
  }
  parseColumnNames(names, file);
  if (rows.length === 0)
    throw createInputError('PARSE_ERROR', { file }, 'the Parquet file has columns but no rows');
  const width = names.length;
  const batches: RowBatch[] = [];
  for (let start = 0; start < rows.length; start += batchRows) {
    const slice = rows.slice(start, start + batchRows);
    const cells: Cell[] = new Array<Cell>(slice.length * width);
    slice.forEach((row, r) => {
      for (let c = 0; c < width; c++) cells[r * width + c] = parseParquetCell(row[c]);
    });
    batches.push({ width, rowCount: slice.length, firstRow: start + 1, cells });
  }
  return { names, batches };
}
