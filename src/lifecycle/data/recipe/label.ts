import { parseBooleanCell, parseDatetimeCell, parseNumberCell } from '../import/parse-cell';
import type { ColumnSchema, ColumnType, ColumnValues } from '../types';
import { invalidStep } from './recipe-table';
import type { FittedParams, RecipeResult, RecipeTable, StepOf } from './types';

/** A labelled cell's value parsed for a number-like column; NaN when it does not fit. */
function parseLabel(value: string | number, type: ColumnType): number {
  if (typeof value === 'number') {
    if (type === 'integer' && !Number.isInteger(value)) return NaN;
    if (type === 'boolean' && value !== 0 && value !== 1) return NaN;
    return Number.isFinite(value) ? value : NaN;
  }
  if (type === 'boolean') return parseBooleanCell(value);
  if (type === 'datetime') return parseDatetimeCell(value);
  const number = parseNumberCell(value);
  return type === 'integer' && !Number.isInteger(number) ? NaN : number;
}

function checkAssignments(step: StepOf<'label'>, input: RecipeTable): void {
  const { kind, column } = step;
  if (typeof column !== 'string' || column.trim() === '')
    throw invalidStep(kind, 'the label column needs a name');
  if (!Array.isArray(step.assignments) || step.assignments.length === 0)
    throw invalidStep(kind, 'assignments must list { row, value } pairs', column);
  const seen = new Set<number>();
  const rows = input.table.rowCount;
  for (const { row, value } of step.assignments) {
    if (!Number.isInteger(row) || row < 0 || row >= rows)
      throw invalidStep(kind, `row ${String(row)} is not between 0 and ${rows - 1}`, column);
    if (seen.has(row)) throw invalidStep(kind, `row ${row} is labelled twice`, column);
    seen.add(row);
    if (typeof value === 'string' ? value.trim() === '' : typeof value !== 'number')
      throw invalidStep(kind, `the label of row ${row} is empty`, column);
  }
}

/** Checks the step against the table it labels; the step itself is all it needs (no learned parameters). */
export function fitLabel(step: StepOf<'label'>, input: RecipeTable): FittedParams['label'] {
  checkAssignments(step, input);
  return {};
}

function labelCoded(
  step: StepOf<'label'>,
  codes: Int32Array,
  dictionary: readonly string[],
): ColumnValues {
  const labels = [...dictionary];
  const out = Int32Array.from(codes);
  for (const { row, value } of step.assignments) {
    const text = String(value).trim();
    let code = labels.indexOf(text);
    if (code < 0) code = labels.push(text) - 1;
    out[row] = code;
  }
  return { kind: 'coded', codes: out, dictionary: labels };
}

function labelNumeric(step: StepOf<'label'>, values: Float64Array, type: ColumnType) {
  const out = Float64Array.from(values);
  for (const { row, value } of step.assignments) {
    const parsed = parseLabel(value, type);
    if (Number.isNaN(parsed))
      throw invalidStep(step.kind, `"${String(value)}" is not a ${type} value`, step.column);
    out[row] = parsed;
  }
  return { kind: 'numeric', values: out } satisfies ColumnValues;
}

/**
 * The table with the given cells of `column` set (rows are 0-based). A category or text column
 * takes any non-empty label, new labels joining its dictionary; a number-like column takes
 * values of its type. A column that does not exist is added as a category column (the target
 * when the table has none).
 */
export function applyLabel(step: StepOf<'label'>, input: RecipeTable): RecipeResult {
  checkAssignments(step, input);
  const { schema, table } = input;
  const c = table.names.indexOf(step.column);
  if (c < 0) {
    const empty = new Int32Array(table.rowCount).fill(-1);
    const hasTarget = schema.columns.some((column) => column.role === 'target');
    const added: ColumnSchema = {
      name: step.column,
      type: 'category',
      role: hasTarget ? 'feature' : 'target',
    };
    return {
      schema: { ...schema, columns: [...schema.columns, added] },
      table: {
        rowCount: table.rowCount,
        names: [...table.names, step.column],
        columns: [...table.columns, labelCoded(step, empty, [])],
      },
      warnings: [],
    };
  }
  const column = table.columns[c]!;
  const values =
    column.kind === 'coded'
      ? labelCoded(step, column.codes, column.dictionary)
      : labelNumeric(step, column.values, schema.columns[c]!.type);
  const columns = table.columns.map((old, i) => (i === c ? values : old));
  return { schema, table: { ...table, names: [...table.names], columns }, warnings: [] };
}
