/**
 * A row the user typed in (feature name → value), appended to a copy of the run's table so the
 * explainers and the predictor treat it like any stored row. Values are checked against the
 * column types: a clear INVALID_ARGUMENT names the column otherwise.
 */
import type { ColumnTable, DatasetSchema } from '../../src/lifecycle/data/types';
import type { FeatureRow } from '../../src/lifecycle/explain/types';
import { LabError } from '../../src/shared/lab-error';

function wrongType(column: string, value: unknown): LabError {
  return new LabError('INVALID_ARGUMENT', `"${column}" cannot be ${JSON.stringify(value)}`, {
    column,
    params: { field: column, reason: 'wrong_type', column },
  });
}

function toNumber(column: string, type: string, value: unknown): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  if (type === 'boolean' && typeof value === 'boolean') return value ? 1 : 0;
  if (type === 'datetime' && typeof value === 'string') {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw wrongType(column, value);
    return time;
  }
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw wrongType(column, value);
  return number;
}

/** The table with `values` as one more row (missing where a feature is not given); its index. */
export function appendTypedRow(
  table: ColumnTable,
  schema: DatasetSchema,
  values: FeatureRow,
): { table: ColumnTable; row: number } {
  const known = new Set(table.names);
  const unknown = Object.keys(values).find((name) => !known.has(name));
  if (unknown !== undefined) {
    throw new LabError('INVALID_ARGUMENT', `There is no column named "${unknown}".`, {
      column: unknown,
      params: { field: unknown, reason: 'unknown_field' },
    });
  }
  const row = table.rowCount;
  const columns = table.columns.map((column, c) => {
    const name = table.names[c]!;
    const type = schema.columns.find((s) => s.name === name)?.type ?? 'text';
    const value = values[name];
    if (column.kind === 'numeric') {
      const next = new Float64Array(row + 1);
      next.set(column.values);
      next[row] = toNumber(name, type, value);
      return { kind: 'numeric' as const, values: next };
    }
    const codes = new Int32Array(row + 1);
    codes.set(column.codes);
    let dictionary = column.dictionary;
    if (value === null || value === undefined || value === '') codes[row] = -1;
    else {
      const text = String(value);
      let code = dictionary.indexOf(text);
      if (code < 0) {
        dictionary = [...dictionary, text];
        code = dictionary.length - 1;
      }
      codes[row] = code;
    }
    return { kind: 'coded' as const, codes, dictionary };
  });
  return { table: { rowCount: row + 1, names: table.names, columns }, row };
}
