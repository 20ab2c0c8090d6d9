/**
 * Valid request rows as a columnar table, in exactly the form the training table has, so the
 * one preprocessing path (`applyPreprocessing`) turns the same values into the same inputs.
 */
import type { ColumnTable, ColumnValues, DatasetSchema } from '../data/types';
import { parseRequestValue } from './request-value';
import type { InputField, RequestRow } from './types';

function computeColumn(rows: RequestRow[], indices: number[], field: InputField): ColumnValues {
  const read = (i: number) => {
    const row = rows[indices[i]!];
    const value = row && Object.hasOwn(row, field.name) ? row[field.name] : undefined;
    return parseRequestValue(value, field.type);
  };
  if (field.type === 'category' || field.type === 'text') {
    const dictionary = [...(field.categories ?? [])];
    const codeOf = new Map(dictionary.map((label, code) => [label, code]));
    const codes = new Int32Array(indices.length);
    for (let i = 0; i < indices.length; i++) {
      const value = read(i);
      codes[i] = value.kind === 'label' ? (codeOf.get(value.value) ?? -1) : -1;
    }
    return { kind: 'coded', codes, dictionary };
  }
  const values = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const value = read(i);
    values[i] = value.kind === 'number' ? value.value : NaN;
  }
  return { kind: 'numeric', values };
}

/**
 * The request rows at `indices` (already validated) as a table with one column per field, in
 * field order: numbers, integers, datetimes (epoch ms) and booleans (0/1) as Float64 with NaN
 * for missing; categories and text as codes into the field's training categories (-1 missing).
 */
export function computeRequestTable(
  rows: RequestRow[],
  indices: number[],
  fields: InputField[],
): { schema: DatasetSchema; table: ColumnTable } {
  const schema: DatasetSchema = {
    columns: fields.map((field) => ({ name: field.name, type: field.type, role: 'feature' })),
    missingTokens: [],
  };
  const table: ColumnTable = {
    rowCount: indices.length,
    names: fields.map((field) => field.name),
    columns: fields.map((field) => computeColumn(rows, indices, field)),
  };
  return { schema, table };
}
