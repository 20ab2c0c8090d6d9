import { LabError } from '../../../shared/lab-error';
import type { ColumnSchema, ColumnValues } from '../types';
import { findColumn, invalidStep, replaceColumns, schemaMismatch } from './recipe-table';
import type { FittedParams, RecipeResult, RecipeTable, StepOf } from './types';

function codedColumn(step: StepOf<'encode'>, input: RecipeTable) {
  const c = findColumn(input, step.column, step.kind);
  const column = input.table.columns[c]!;
  if (column.kind !== 'coded')
    throw schemaMismatch(step.kind, step.column, 'is not a category or text column');
  return { c, column };
}

/** The categories present in the column, sorted (code-unit order), as scikit-learn's encoders. */
export function fitEncode(step: StepOf<'encode'>, input: RecipeTable): FittedParams['encode'] {
  if (step.method !== 'one-hot' && step.method !== 'ordinal') {
    throw invalidStep(step.kind, 'method must be "one-hot" or "ordinal"', step.column);
  }
  if (step.unknown !== undefined && step.unknown !== 'ignore' && step.unknown !== 'error') {
    throw invalidStep(step.kind, 'unknown must be "ignore" or "error"', step.column);
  }
  const { column } = codedColumn(step, input);
  const present = new Set<number>();
  for (const code of column.codes) if (code >= 0) present.add(code);
  const categories = [...present].map((code) => column.dictionary[code]!).sort();
  if (categories.length === 0)
    throw schemaMismatch(step.kind, step.column, 'has no present values');
  return { categories };
}

/**
 * One-hot: one 0/1 integer column `name=value` per fitted category, replacing the column; a
 * missing cell, or (with `unknown: 'ignore'`, the default) a category unseen at fit time, gives
 * all zeros. Ordinal: the category's index in the fitted list; missing or unseen → missing.
 * With `unknown: 'error'` an unseen category is INVALID_ARGUMENT naming its row and column.
 */
export function applyEncode(
  step: StepOf<'encode'>,
  params: FittedParams['encode'],
  input: RecipeTable,
): RecipeResult {
  const { c, column } = codedColumn(step, input);
  const index = new Map(params.categories.map((category, i) => [category, i]));
  const mapped = column.dictionary.map((text) => index.get(text) ?? -1);
  const rows = input.table.rowCount;
  const positions = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const code = column.codes[row]!;
    const position = code < 0 ? -1 : mapped[code]!;
    if (code >= 0 && position < 0 && step.unknown === 'error') {
      throw new LabError(
        'INVALID_ARGUMENT',
        `encode: row ${row + 1} of "${step.column}" holds "${column.dictionary[code]}", unseen when fitted`,
        {
          row: row + 1,
          column: step.column,
          params: {
            step: step.kind,
            column: step.column,
            row: row + 1,
            reason: 'unknown-category',
            field: step.column,
            reasonText: `"${column.dictionary[code]}" was not seen when the step was fitted`,
          },
        },
      );
    }
    positions[row] = position;
  }
  const schema = input.schema.columns[c]!;
  let parts: { schema: ColumnSchema; values: ColumnValues }[];
  if (step.method === 'ordinal') {
    const values = Float64Array.from(positions, (p) => (p < 0 ? NaN : p));
    parts = [{ schema: { ...schema, type: 'integer' }, values: { kind: 'numeric', values } }];
  } else {
    const columns = params.categories.map(() => new Float64Array(rows));
    positions.forEach((p, row) => {
      if (p >= 0) columns[p]![row] = 1;
    });
    parts = params.categories.map((category, i) => ({
      schema: { name: `${step.column}=${category}`, type: 'integer', role: schema.role },
      values: { kind: 'numeric', values: columns[i]! },
    }));
    const taken = new Set(input.table.names.filter((_, j) => j !== c));
    const clash = parts.find((part) => taken.has(part.schema.name));
    if (clash)
      throw invalidStep(
        step.kind,
        `a column "${clash.schema.name}" exists already`,
        clash.schema.name,
      );
  }
  return replaceColumns(input, new Map([[c, parts]]));
}
