import type { ColumnValues } from '../types';
import {
  computeCodedMode,
  computeFitStatistics,
  computeQuantile,
  computeSortedMode,
} from './numeric-stats';
import { findColumns, invalidStep, replaceColumns, schemaMismatch } from './recipe-table';
import type { FittedParams, RecipeResult, RecipeTable, StepOf } from './types';

const strategies = new Set(['mean', 'median', 'mode', 'constant']);

/** The fill value of each column: mean, median or mode of its present values, or the constant. */
export function fitImpute(step: StepOf<'impute'>, input: RecipeTable): FittedParams['impute'] {
  if (!strategies.has(step.strategy))
    throw invalidStep(step.kind, `unknown strategy "${String(step.strategy)}"`);
  const indices = findColumns(input, step.columns, step.kind);
  const fills = indices.map((c) => {
    const name = input.table.names[c]!;
    const column = input.table.columns[c]!;
    if (step.strategy === 'constant') {
      const wanted = column.kind === 'numeric' ? 'number' : 'string';
      if (typeof step.value !== wanted || (wanted === 'number' && !Number.isFinite(step.value))) {
        throw invalidStep(step.kind, `the constant for "${name}" must be a ${wanted}`, name);
      }
      return { column: name, value: step.value as number | string };
    }
    if (column.kind === 'coded') {
      if (step.strategy !== 'mode')
        throw schemaMismatch(step.kind, name, `is not a number column (${step.strategy})`);
      const mode = computeCodedMode(column.codes, column.dictionary);
      if (mode === null) throw schemaMismatch(step.kind, name, 'has no present values');
      return { column: name, value: mode };
    }
    const { sorted, mean } = computeFitStatistics(column.values);
    if (sorted.length === 0) throw schemaMismatch(step.kind, name, 'has no present values');
    const value =
      step.strategy === 'mean'
        ? mean
        : step.strategy === 'median'
          ? computeQuantile(sorted, 0.5)
          : computeSortedMode(sorted);
    return { column: name, value };
  });
  return { fills };
}

/** Missing cells of each fitted column replaced by its fill value (a text fill joins the dictionary). */
export function applyImpute(
  step: StepOf<'impute'>,
  params: FittedParams['impute'],
  input: RecipeTable,
): RecipeResult {
  const replacements = new Map<
    number,
    { schema: RecipeTable['schema']['columns'][number]; values: ColumnValues }[]
  >();
  for (const { column: name, value } of params.fills) {
    const [c] = findColumns(input, [name], step.kind);
    const column = input.table.columns[c!]!;
    let values: ColumnValues;
    if (column.kind === 'numeric') {
      if (typeof value !== 'number')
        throw schemaMismatch(step.kind, name, 'is not a number column');
      values = { kind: 'numeric', values: column.values.map((v) => (Number.isNaN(v) ? value : v)) };
    } else {
      if (typeof value !== 'string') throw schemaMismatch(step.kind, name, 'is not a text column');
      const dictionary = [...column.dictionary];
      let code = dictionary.indexOf(value);
      if (code < 0) code = dictionary.push(value) - 1;
      values = { kind: 'coded', codes: column.codes.map((v) => (v < 0 ? code : v)), dictionary };
    }
    replacements.set(c!, [{ schema: input.schema.columns[c!]!, values }]);
  }
  return replaceColumns(input, replacements);
}
