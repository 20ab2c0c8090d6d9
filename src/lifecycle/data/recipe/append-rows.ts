/**
 * Rows appended to a table: the base's schema and column order kept, the extra rows' columns
 * matched by name (categories merged into the base's dictionary), a base column the extra table
 * lacks left missing, and optionally one column set to a fixed category for every added row
 * (the split column: added rows are `train`).
 */
import { LabError } from '../../../shared/lab-error';
import type { ColumnTable, ColumnValues, DatasetSchema } from '../types';

/** A table with its schema. */
export interface SchemaTable {
  schema: DatasetSchema;
  table: ColumnTable;
}

function mismatch(column: string, why: string): LabError {
  return new LabError('SCHEMA_MISMATCH', `Column "${column}" ${why}.`, {
    column,
    params: { column, detail: `column "${column}" ${why}` },
  });
}

function appendNumeric(base: Float64Array, extra: Float64Array | null, n: number): ColumnValues {
  const out = new Float64Array(base.length + n).fill(Number.NaN);
  out.set(base);
  if (extra) out.set(extra.subarray(0, n), base.length);
  return { kind: 'numeric', values: out };
}

function appendCoded(
  base: { codes: Int32Array; dictionary: string[] },
  extra: { codes: Int32Array; dictionary: string[] } | null,
  n: number,
  fixed: string | null,
): ColumnValues {
  const dictionary = [...base.dictionary];
  const index = new Map(dictionary.map((value, code) => [value, code]));
  const codeOf = (value: string): number => {
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.push(value) - 1;
      index.set(value, code);
    }
    return code;
  };
  const codes = new Int32Array(base.codes.length + n).fill(-1);
  codes.set(base.codes);
  if (fixed !== null) {
    codes.fill(codeOf(fixed), base.codes.length);
  } else if (extra) {
    const remap = extra.dictionary.map(codeOf);
    for (let i = 0; i < n; i++) {
      const code = extra.codes[i]!;
      codes[base.codes.length + i] = code < 0 ? -1 : remap[code]!;
    }
  }
  return { kind: 'coded', codes, dictionary };
}

/**
 * `base` followed by the rows of `extra`; SCHEMA_MISMATCH naming the column when a column is a
 * number in one table and categories in the other. `fixed` sets one coded column of the added
 * rows to a value (e.g. `{ column: 'split', value: 'train' }`).
 */
export function computeAppendedRows(
  base: SchemaTable,
  extra: SchemaTable,
  fixed?: { column: string; value: string },
): ColumnTable {
  const n = extra.table.rowCount;
  const columns = base.table.columns.map((values, c): ColumnValues => {
    const name = base.table.names[c]!;
    const e = extra.table.names.indexOf(name);
    const other = e >= 0 ? extra.table.columns[e]! : null;
    const type = base.schema.columns.find((s) => s.name === name)?.type;
    const otherType = extra.schema.columns.find((s) => s.name === name)?.type;
    if (other && otherType !== undefined && type !== otherType) {
      throw mismatch(
        name,
        `is ${type ?? 'unknown'} in the reference and ${otherType} in the new rows`,
      );
    }
    if (fixed?.column === name) {
      if (values.kind !== 'coded') throw mismatch(name, 'is not a category column');
      return appendCoded(values, null, n, fixed.value);
    }
    if (values.kind === 'numeric') {
      if (other && other.kind !== 'numeric')
        throw mismatch(name, 'is not a number column in the new rows');
      return appendNumeric(values.values, other ? other.values : null, n);
    }
    if (other && other.kind !== 'coded')
      throw mismatch(name, 'is not a category column in the new rows');
    return appendCoded(values, other, n, null);
  });
  return { rowCount: base.table.rowCount + n, names: [...base.table.names], columns };
}
