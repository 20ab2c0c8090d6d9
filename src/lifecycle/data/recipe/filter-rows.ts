import { parseDatetimeCell } from '../import/parse-cell';
import { findColumn, findColumns, invalidStep, takeRows } from './recipe-table';
import type { RecipeResult, RecipeTable, RowCondition, StepOf } from './types';

const ops = new Set(['==', '!=', '<', '<=', '>', '>=', 'is-missing', 'not-missing', 'in']);

/** A test of one row, built from a condition; never code from text. */
type RowTest = (row: number) => boolean;

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/** A condition's value as a number for a number-like column (booleans 0/1, dates epoch ms). */
function toNumber(value: unknown, type: string, kind: string, column: string): number {
  if (typeof value === 'boolean' && type === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && type === 'datetime' && !Number.isNaN(parseDatetimeCell(value))) {
    return parseDatetimeCell(value);
  }
  throw invalidStep(kind, `${JSON.stringify(value)} is not a ${type} value`, column);
}

/**
 * A row test for one condition. Missing cells satisfy only `is-missing` (so `!=` never keeps
 * a missing cell). Text columns support `==`, `!=` and `in` on exact text.
 */
function buildTest(condition: RowCondition, input: RecipeTable, kind: string): RowTest {
  const { column: name, op, value } = condition;
  const c = findColumn(input, name, kind);
  if (!ops.has(op)) throw invalidStep(kind, `unknown operator "${String(op)}"`, name);
  const column = input.table.columns[c]!;
  const missing =
    column.kind === 'numeric'
      ? (row: number) => Number.isNaN(column.values[row]!)
      : (row: number) => column.codes[row]! < 0;
  if (op === 'is-missing') return missing;
  if (op === 'not-missing') return (row) => !missing(row);
  if (op === 'in' && !Array.isArray(value))
    throw invalidStep(kind, '"in" takes a list of values', name);
  const type = input.schema.columns[c]!.type;
  if (column.kind === 'numeric') {
    if (op === 'in') {
      const set = new Set((value as unknown[]).map((v) => toNumber(v, type, kind, name)));
      return (row) => set.has(column.values[row]!);
    }
    const target = toNumber(value, type, kind, name);
    return (row) => !missing(row) && compare(op, column.values[row]!, target);
  }
  if (op !== '==' && op !== '!=' && op !== 'in') {
    throw invalidStep(kind, `"${op}" needs a number column`, name);
  }
  const texts = op === 'in' ? (value as unknown[]) : [value];
  if (texts.some((text) => typeof text !== 'string'))
    throw invalidStep(kind, 'text columns compare with text', name);
  const codes = new Set(texts.map((text) => column.dictionary.indexOf(text as string)));
  codes.delete(-1);
  if (op === '!=') return (row) => !missing(row) && !codes.has(column.codes[row]!);
  return (row) => codes.has(column.codes[row]!);
}

/** The rows that pass all (or any) of the conditions, in their order. */
export function applyFilterRows(step: StepOf<'filter-rows'>, input: RecipeTable): RecipeResult {
  if (step.match !== 'all' && step.match !== 'any')
    throw invalidStep(step.kind, 'match must be "all" or "any"');
  if (!Array.isArray(step.conditions) || step.conditions.length === 0) {
    throw invalidStep(step.kind, 'at least one condition is required');
  }
  const tests = step.conditions.map((condition) => buildTest(condition, input, step.kind));
  const kept: number[] = [];
  for (let row = 0; row < input.table.rowCount; row++) {
    const pass = step.match === 'all' ? tests.every((t) => t(row)) : tests.some((t) => t(row));
    if (pass) kept.push(row);
  }
  return takeRows(input, kept);
}

/** The rows whose values in `columns` (default: all) were not seen in an earlier row. */
export function applyDropDuplicates(
  step: StepOf<'drop-duplicates'>,
  input: RecipeTable,
): RecipeResult {
  const indices =
    step.columns === undefined
      ? input.table.names.map((_, c) => c)
      : findColumns(input, step.columns, step.kind);
  const seen = new Set<string>();
  const kept: number[] = [];
  for (let row = 0; row < input.table.rowCount; row++) {
    const key = JSON.stringify(
      indices.map((c) => {
        const column = input.table.columns[c]!;
        if (column.kind === 'coded')
          return column.codes[row]! < 0 ? null : column.dictionary[column.codes[row]!];
        const value = column.values[row]!;
        return Number.isNaN(value) ? null : [value];
      }),
    );
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(row);
  }
  return takeRows(input, kept);
}
