/**
 * A dataset version as Parquet and back, exactly: numbers (and datetimes, booleans) as DOUBLE,
 * categories and text as UTF-8 strings, missing values as nulls. Reading maps strings back to the
 * version's own dictionary codes, so the table hashes to the same version id.
 */
import { parquetRead } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnTable, ColumnValues } from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import type { DatasetVersionRow } from '../../src/storage';

/** The version's rows as one Parquet file. */
export function encodeVersionParquet(table: ColumnTable): Uint8Array {
  const columnData = table.columns.map((column, c) => {
    const name = table.names[c]!;
    if (column.kind === 'numeric') {
      const data = Array.from(column.values, (v) => (Number.isNaN(v) ? null : v));
      return { name, data, type: 'DOUBLE' as const, nullable: true };
    }
    const data = Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!));
    return { name, data, type: 'STRING' as const, nullable: true };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

function refused(detail: string, entry: string, file: string): LabError {
  return new LabError('ARCHIVE_REJECTED', `The archive was refused: ${detail}`, {
    file,
    detail,
    params: { reason: 'contents', detail, entry },
  });
}

/** The version's table read from its Parquet entry; refused when it does not fit the version. */
export async function decodeVersionParquet(
  bytes: Uint8Array,
  version: Pick<DatasetVersionRow, 'schema' | 'columns' | 'rows'>,
  place: { entry: string; file: string },
): Promise<ColumnTable> {
  const names = version.schema.columns.map((c) => c.name);
  if (version.columns.length !== names.length) {
    throw refused('the version describes a different number of columns', place.entry, place.file);
  }
  const columns: ColumnValues[] = version.columns.map((stored) =>
    stored.kind === 'numeric'
      ? { kind: 'numeric', values: new Float64Array(version.rows).fill(Number.NaN) }
      : {
          kind: 'coded',
          codes: new Int32Array(version.rows).fill(-1),
          dictionary: [...stored.dictionary],
        },
  );
  const codes = version.columns.map((stored) =>
    stored.kind === 'coded' ? new Map(stored.dictionary.map((v, i) => [v, i])) : null,
  );
  const seen = new Set<string>();
  let problem: string | null = null;
  const buffer = bytes.slice().buffer;
  try {
    await parquetRead({
      file: buffer,
      onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
        const c = names.indexOf(columnName);
        const column = columns[c];
        if (!column || rowEnd > version.rows) {
          problem ??= `column "${columnName}" does not fit the version`;
          return;
        }
        seen.add(columnName);
        for (let i = 0; i < rowEnd - rowStart; i++) {
          const value = columnData[i] as unknown;
          if (value === null || value === undefined) continue;
          if (column.kind === 'numeric') {
            if (typeof value !== 'number') problem ??= `column "${columnName}" holds text`;
            else column.values[rowStart + i] = value;
          } else {
            const code = codes[c]!.get(String(value));
            if (code === undefined)
              problem ??= `"${String(value)}" is not a value of "${columnName}"`;
            else column.codes[rowStart + i] = code;
          }
        }
      },
    });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw refused(`the Parquet file cannot be read: ${detail}`, place.entry, place.file);
  }
  if (problem === null && seen.size !== names.length) problem = 'a column is missing';
  if (problem !== null) throw refused(problem, place.entry, place.file);
  return { rowCount: version.rows, names, columns };
}
