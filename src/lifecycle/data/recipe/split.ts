import { createRandom, type Random } from '../../../shared/random';
import { defaultSplitColumn } from './defaults';
import { findColumn, invalidStep, schemaMismatch } from './recipe-table';
import type { FittedParams, RecipeResult, RecipeTable, StepOf } from './types';

/** The parts of a split, in order: their codes in the split column's dictionary. */
export const splitParts = ['train', 'validation', 'test'] as const;

function checkRatios(step: StepOf<'split'>): number[] {
  const { train, validation = 0, test } = step.ratios ?? ({} as StepOf<'split'>['ratios']);
  const ratios = [train, validation, test];
  if (
    ratios.some((r) => typeof r !== 'number' || !Number.isFinite(r) || r < 0) ||
    Math.abs(train + validation + test - 1) > 1e-9
  ) {
    throw invalidStep(step.kind, 'ratios train, validation and test must be ≥ 0 and sum to 1');
  }
  return ratios;
}

/** Part sizes of n rows by the largest-remainder rule (sizes sum to n). */
function allocate(n: number, ratios: number[]): number[] {
  const exact = ratios.map((r) => r * n);
  const sizes = exact.map(Math.floor);
  let left = n - sizes.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    sizes[i]!++;
  }
  return sizes;
}

function shuffle(rows: number[], random: Random): number[] {
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

/** Rows grouped by stratum: one group (random, time) or one per class (missing is its own class). */
function groupRows(step: StepOf<'split'>, input: RecipeTable): number[][] {
  const all = Array.from({ length: input.table.rowCount }, (_, row) => row);
  if (step.method === 'random') return [all];
  const c = findColumn(input, step.column, step.kind);
  const column = input.table.columns[c]!;
  const key = (row: number) =>
    column.kind === 'coded'
      ? column.codes[row]!
      : Number.isNaN(column.values[row]!)
        ? NaN
        : column.values[row]!;
  if (step.method === 'time') {
    if (column.kind !== 'numeric')
      throw schemaMismatch(step.kind, step.column!, 'is not a time or number column');
    const time = (row: number) => (Number.isNaN(key(row)) ? Infinity : key(row));
    return [all.sort((a, b) => time(a) - time(b) || a - b)];
  }
  const groups = new Map<number | string, number[]>();
  for (const row of all) {
    const k = Number.isNaN(key(row)) ? 'missing' : key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
    .map(([, rows]) => rows);
}

function assign(step: StepOf<'split'>, input: RecipeTable): Int32Array {
  if (step.method !== 'random' && step.method !== 'stratified' && step.method !== 'time') {
    throw invalidStep(step.kind, 'method must be "random", "stratified" or "time"');
  }
  if (!Number.isInteger(step.seed)) throw invalidStep(step.kind, 'seed must be a whole number');
  const ratios = checkRatios(step);
  const random = createRandom(step.seed);
  const codes = new Int32Array(input.table.rowCount);
  for (const group of groupRows(step, input)) {
    const ordered = step.method === 'time' ? group : shuffle(group, random);
    const sizes = allocate(ordered.length, ratios);
    let at = 0;
    sizes.forEach((size, part) => {
      for (let k = 0; k < size; k++) codes[ordered[at++]!] = part;
    });
  }
  return codes;
}

/** The part code (0 train, 1 validation, 2 test) of every row, replayed from the step's seed. */
export function computeSplitAssignment(step: StepOf<'split'>, input: RecipeTable): Int32Array {
  return assign(step, input);
}

function splitName(step: StepOf<'split'>, input: RecipeTable): string {
  const name = step.name ?? defaultSplitColumn;
  if (input.table.names.includes(name))
    throw invalidStep(step.kind, `a column "${name}" exists already`, name);
  return name;
}

/** How many rows each part gets (the assignment itself is replayed from the seed). */
export function fitSplit(step: StepOf<'split'>, input: RecipeTable): FittedParams['split'] {
  splitName(step, input);
  const codes = assign(step, input);
  const counts = { train: 0, validation: 0, test: 0 };
  for (const code of codes) counts[splitParts[code]!]++;
  return { counts };
}

/**
 * A category column (default "split") of train / validation / test, role ignore. Random:
 * a seeded shuffle; stratified: each class shuffled and cut by the ratios, so every part keeps
 * the class proportions; time: rows ordered by the time column (missing last), oldest train.
 */
export function applySplit(step: StepOf<'split'>, input: RecipeTable): RecipeResult {
  const name = splitName(step, input);
  const codes = assign(step, input);
  return {
    schema: {
      ...input.schema,
      columns: [...input.schema.columns, { name, type: 'category', role: 'ignore' }],
    },
    table: {
      rowCount: input.table.rowCount,
      names: [...input.table.names, name],
      columns: [...input.table.columns, { kind: 'coded', codes, dictionary: [...splitParts] }],
    },
    warnings: [],
  };
}
