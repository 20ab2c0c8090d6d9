import { LabError } from '../../../shared/lab-error';
import type { ColumnSchema, ColumnValues } from '../types';
import type { RecipeResult, RecipeTable, RecipeWarning } from './types';

/** INVALID_ARGUMENT for a step's bad argument, naming the step (and column, when there is one). */
export function invalidStep(kind: string, message: string, column?: string): LabError {
  return new LabError('INVALID_ARGUMENT', `${kind}: ${message}`, {
    ...(column === undefined ? {} : { column }),
    params: {
      step: kind,
      field: column ?? kind,
      reason: 'recipe-step',
      reasonText: message,
      ...(column === undefined ? {} : { column }),
    },
  });
}

/** SCHEMA_MISMATCH naming the column a step cannot use. */
export function schemaMismatch(kind: string, column: string, why: string): LabError {
  return new LabError('SCHEMA_MISMATCH', `${kind}: column "${column}" ${why}`, {
    column,
    params: { step: kind, column, reason: why },
  });
}

/** Index of column `name`; SCHEMA_MISMATCH when the table has none. */
export function findColumn(input: RecipeTable, name: unknown, kind: string): number {
  if (typeof name !== 'string' || name === '') throw invalidStep(kind, 'a column name is required');
  const index = input.table.names.indexOf(name);
  if (index < 0) throw schemaMismatch(kind, name, 'does not exist');
  return index;
}

/** Indices of non-empty, distinct, existing columns. */
export function findColumns(input: RecipeTable, names: unknown, kind: string): number[] {
  if (!Array.isArray(names) || names.length === 0) {
    throw invalidStep(kind, 'a non-empty list of columns is required');
  }
  if (new Set(names).size !== names.length) throw invalidStep(kind, 'columns repeat');
  return names.map((name) => findColumn(input, name, kind));
}

/** The Float64 values of a number-like column; SCHEMA_MISMATCH for a coded one. */
export function numericValues(input: RecipeTable, index: number, kind: string): Float64Array {
  const column = input.table.columns[index]!;
  if (column.kind !== 'numeric') {
    throw schemaMismatch(kind, input.table.names[index]!, 'is not a number column');
  }
  return column.values;
}

/** A finite number argument (optionally positive); INVALID_ARGUMENT otherwise. */
export function requireNumber(
  kind: string,
  name: string,
  value: unknown,
  positive = false,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || (positive && value <= 0)) {
    throw invalidStep(kind, `${name} must be a ${positive ? 'positive ' : ''}finite number`);
  }
  return value;
}

/** The input with some columns replaced (same rows), as a new result. */
export function replaceColumns(
  input: RecipeTable,
  replacements: ReadonlyMap<number, { schema: ColumnSchema; values: ColumnValues }[]>,
  warnings: RecipeWarning[] = [],
): RecipeResult {
  const names: string[] = [];
  const columns: ColumnValues[] = [];
  const schemaColumns: ColumnSchema[] = [];
  input.table.columns.forEach((column, c) => {
    const replaced = replacements.get(c) ?? [{ schema: input.schema.columns[c]!, values: column }];
    for (const part of replaced) {
      names.push(part.schema.name);
      columns.push(part.values);
      schemaColumns.push(part.schema);
    }
  });
  return {
    schema: { ...input.schema, columns: schemaColumns },
    table: { rowCount: input.table.rowCount, names, columns },
    warnings,
  };
}

/** The rows of `input` at `rows` (in that order), every column copied. */
export function takeRows(input: RecipeTable, rows: ArrayLike<number>): RecipeResult {
  const columns = input.table.columns.map((column): ColumnValues => {
    if (column.kind === 'numeric') {
      const values = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) values[i] = column.values[rows[i]!]!;
      return { kind: 'numeric', values };
    }
    const codes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) codes[i] = column.codes[rows[i]!]!;
    return { kind: 'coded', codes, dictionary: column.dictionary };
  });
  return {
    schema: input.schema,
    table: { rowCount: rows.length, names: [...input.table.names], columns },
    warnings: [],
  };
}

/** A warning that `count` cells of `column` became missing, or none when count is 0. */
export function countWarning(
  code: RecipeWarning['code'],
  column: string,
  count: number,
  message: string,
): RecipeWarning[] {
  return count === 0 ? [] : [{ code, column, count, message }];
}
