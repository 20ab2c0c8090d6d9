import { computeColumnProfile, computeCorrelationMatrix } from '../../src/lifecycle/data/explore';
import type { ColumnProfile, CorrelationMatrix } from '../../src/lifecycle/data/explore';
import type {
  ColumnSchema,
  ColumnTable,
  ColumnValues,
  DatasetSchema,
} from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import { createDatasetsRepo, type LabStore } from '../../src/storage';
import { joinColumnChunks } from './column-chunks';

/** One decoded cell for the table view: numbers, booleans, raw text (never HTML), or null. */
export type RowValue = number | string | boolean | null;

/** A window of decoded rows: column names and one array of values per row. */
export interface VersionRows {
  versionId: string;
  columns: string[];
  offset: number;
  /** Rows in the version. */
  total: number;
  rows: RowValue[][];
}

/** Per-column statistics of a version, and Pearson correlations of its number columns. */
export interface VersionProfile {
  versionId: string;
  rows: number;
  columns: (ColumnSchema & { profile: ColumnProfile })[];
  correlation: { columns: string[]; matrix: CorrelationMatrix };
}

/** Most rows one `readVersionRows` call returns. */
export const maxRowsPerRead = 10_000;

/** One cell decoded for display (datetimes as ISO 8601 UTC text, booleans as true/false). */
export function decode(schema: ColumnSchema, column: ColumnValues, row: number): RowValue {
  if (column.kind === 'coded') {
    const code = column.codes[row] ?? -1;
    return code < 0 ? null : (column.dictionary[code] ?? null);
  }
  const value = column.values[row] ?? Number.NaN;
  if (Number.isNaN(value)) return null;
  if (schema.type === 'boolean') return value !== 0;
  if (schema.type === 'datetime') return new Date(value).toISOString();
  return value;
}

/**
 * A reader of the named columns of a table as one record per row (values decoded as `decode`
 * does), with the columns looked up once.
 */
export function createRowDecoder(
  schema: DatasetSchema,
  table: ColumnTable,
  names: readonly string[],
): (row: number) => Record<string, RowValue> {
  const columns = names.map((name) => ({
    name,
    schema: schema.columns.find((column) => column.name === name)!,
    values: table.columns[table.names.indexOf(name)]!,
  }));
  return (row) => {
    const record: Record<string, RowValue> = {};
    for (const column of columns) record[column.name] = decode(column.schema, column.values, row);
    return record;
  };
}

/** Rows `offset` to `offset + limit` of a version, decoded (datetimes as ISO 8601 UTC text). */
export async function readVersionRows(
  store: LabStore,
  versionId: string,
  offset: number,
  limit: number,
): Promise<VersionRows> {
  if (
    !Number.isInteger(offset) ||
    offset < 0 ||
    !Number.isInteger(limit) ||
    limit < 0 ||
    limit > maxRowsPerRead
  ) {
    throw new LabError(
      'INVALID_ARGUMENT',
      `rows takes an offset ≥ 0 and a limit from 0 to ${maxRowsPerRead}`,
      {
        params: { offset, limit, reason: 'row-window' },
      },
    );
  }
  const repo = createDatasetsRepo(store);
  const version = await repo.getVersion(versionId);
  const names = version.schema.columns.map((column) => column.name);
  const end = Math.min(version.rows, offset + limit);
  const result: VersionRows = { versionId, columns: names, offset, total: version.rows, rows: [] };
  if (end <= offset) return result;
  const first = Math.floor(offset / version.chunkRows);
  const last = Math.floor((end - 1) / version.chunkRows);
  const chunks = await repo.readChunks(versionId, names, first, last);
  const base = first * version.chunkRows;
  const columns = version.columns.map((stored, c) =>
    joinColumnChunks(
      stored,
      chunks[c] ?? [],
      Math.min(version.rows, (last + 1) * version.chunkRows) - base,
    ),
  );
  for (let row = offset; row < end; row++) {
    result.rows.push(
      columns.map((column, c) => decode(version.schema.columns[c]!, column, row - base)),
    );
  }
  return result;
}

/** Profiles every column of a version and correlates its number and integer columns. */
export async function profileVersionColumns(
  store: LabStore,
  versionId: string,
): Promise<VersionProfile> {
  const repo = createDatasetsRepo(store);
  const version = await repo.getVersion(versionId);
  const names = version.schema.columns.map((column) => column.name);
  const chunks = await repo.readChunks(versionId, names, 0, Math.max(0, version.chunkCount - 1));
  const columns = version.columns.map((stored, c) =>
    joinColumnChunks(stored, chunks[c] ?? [], version.rows),
  );
  const numeric: { name: string; values: Float64Array }[] = [];
  columns.forEach((column, c) => {
    const type = version.schema.columns[c]?.type;
    if (column.kind === 'numeric' && (type === 'number' || type === 'integer')) {
      numeric.push({ name: names[c]!, values: column.values });
    }
  });
  return {
    versionId,
    rows: version.rows,
    columns: version.schema.columns.map((schema, c) => ({
      ...schema,
      profile: computeColumnProfile(columns[c]!),
    })),
    correlation: {
      columns: numeric.map((column) => column.name),
      matrix: computeCorrelationMatrix(numeric.map((column) => column.values)),
    },
  };
}
