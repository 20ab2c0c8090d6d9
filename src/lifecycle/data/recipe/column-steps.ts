import { parseBooleanCell, parseDatetimeCell, parseNumberCell } from '../import/parse-cell';
import type { ColumnType, ColumnValues } from '../types';
import { countWarning, findColumn, findColumns, invalidStep, replaceColumns } from './recipe-table';
import type { RecipeResult, RecipeTable, StepOf } from './types';

const columnTypes: readonly ColumnType[] = [
  'number',
  'integer',
  'category',
  'boolean',
  'datetime',
  'text',
];

/** The table without the named columns (at least one column must stay). */
export function applyDropColumns(step: StepOf<'drop-columns'>, input: RecipeTable): RecipeResult {
  const dropped = new Set(findColumns(input, step.columns, step.kind));
  if (dropped.size === input.table.names.length) {
    throw invalidStep(step.kind, 'at least one column must stay');
  }
  return replaceColumns(input, new Map([...dropped].map((c) => [c, []])));
}

/** The table with columns renamed; new names must be non-empty and unique. */
export function applyRenameColumns(
  step: StepOf<'rename-columns'>,
  input: RecipeTable,
): RecipeResult {
  if (!Array.isArray(step.renames) || step.renames.length === 0) {
    throw invalidStep(step.kind, 'renames must list { from, to } pairs');
  }
  const targets = new Map<number, string>();
  for (const { from, to } of step.renames) {
    const c = findColumn(input, from, step.kind);
    if (typeof to !== 'string' || to.trim() === '') {
      throw invalidStep(step.kind, `the new name of "${from}" is empty`, from);
    }
    targets.set(c, to);
  }
  const names = input.table.names.map((name, c) => targets.get(c) ?? name);
  const duplicate = names.find((name, c) => names.indexOf(name) !== c);
  if (duplicate !== undefined)
    throw invalidStep(step.kind, `two columns would be named "${duplicate}"`, duplicate);
  const replacements = new Map(
    [...targets].map(([c, to]) => [
      c,
      [{ schema: { ...input.schema.columns[c]!, name: to }, values: input.table.columns[c]! }],
    ]),
  );
  return replaceColumns(input, replacements);
}

function isNumericType(type: ColumnType): boolean {
  return type !== 'category' && type !== 'text';
}

function formatNumber(value: number, from: ColumnType): string {
  if (from === 'boolean') return value !== 0 ? 'true' : 'false';
  if (from === 'datetime') return new Date(value).toISOString();
  return String(value);
}

function parseText(text: string, to: ColumnType): number {
  if (to === 'boolean') return parseBooleanCell(text);
  if (to === 'datetime') return parseDatetimeCell(text);
  const value = parseNumberCell(text);
  return to === 'integer' && !Number.isInteger(value) ? NaN : value;
}

/** Converts a present numeric value between number-like types; NaN when it does not fit. */
function convertNumber(value: number, to: ColumnType): number {
  if (to === 'integer') return Number.isInteger(value) ? value : NaN;
  if (to === 'boolean') return value === 0 || value === 1 ? value : NaN;
  return value;
}

/** Numbers as category codes (dictionary in order of first appearance). */
function encodeTexts(texts: (string | null)[]): ColumnValues {
  const dictionary: string[] = [];
  const lookup = new Map<string, number>();
  const codes = new Int32Array(texts.length);
  texts.forEach((text, row) => {
    if (text === null) {
      codes[row] = -1;
      return;
    }
    let code = lookup.get(text);
    if (code === undefined) {
      code = dictionary.push(text) - 1;
      lookup.set(text, code);
    }
    codes[row] = code;
  });
  return { kind: 'coded', codes, dictionary };
}

/**
 * The column cast to another type. Text → number-like parses each cell (decimal numbers, whole
 * numbers for integer, true/false, ISO 8601 dates); number → integer keeps whole numbers only;
 * number → boolean keeps 0 and 1. Cells that do not convert become missing and are counted.
 */
export function applyCast(step: StepOf<'cast'>, input: RecipeTable): RecipeResult {
  const c = findColumn(input, step.column, step.kind);
  if (!columnTypes.includes(step.to))
    throw invalidStep(step.kind, `unknown type "${String(step.to)}"`, step.column);
  const schema = input.schema.columns[c]!;
  const column = input.table.columns[c]!;
  let lost = 0;
  let values: ColumnValues;
  if (column.kind === 'coded' && !isNumericType(step.to)) {
    values = column;
  } else if (column.kind === 'coded') {
    const parsed = column.dictionary.map((text) => parseText(text, step.to));
    const out = new Float64Array(column.codes.length);
    column.codes.forEach((code, row) => {
      const value = code < 0 ? NaN : parsed[code]!;
      if (code >= 0 && Number.isNaN(value)) lost++;
      out[row] = value;
    });
    values = { kind: 'numeric', values: out };
  } else if (isNumericType(step.to)) {
    const out = column.values.map((value) => {
      const converted = Number.isNaN(value) ? NaN : convertNumber(value, step.to);
      if (!Number.isNaN(value) && Number.isNaN(converted)) lost++;
      return converted;
    });
    values = { kind: 'numeric', values: out };
  } else {
    const texts = Array.from(column.values, (value) =>
      Number.isNaN(value) ? null : formatNumber(value, schema.type),
    );
    values = encodeTexts(texts);
  }
  const warnings = countWarning(
    'unparseable',
    step.column,
    lost,
    `${lost} cells of "${step.column}" are not ${step.to} values and became missing`,
  );
  return replaceColumns(
    input,
    new Map([[c, [{ schema: { ...schema, type: step.to }, values }]]]),
    warnings,
  );
}
