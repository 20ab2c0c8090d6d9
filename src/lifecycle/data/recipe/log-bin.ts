import { LabError } from '../../../shared/lab-error';
import { computeFitStatistics, computeQuantile } from './numeric-stats';
import {
  countWarning,
  findColumn,
  findColumns,
  invalidStep,
  numericValues,
  replaceColumns,
  schemaMismatch,
} from './recipe-table';
import type { FittedParams, RecipeResult, RecipeTable, RecipeWarning, StepOf } from './types';

function negativeError(column: string, row: number): LabError {
  return new LabError(
    'INVALID_ARGUMENT',
    `log-transform: row ${row + 1} of "${column}" is below 0; choose negative: "shift"`,
    {
      row: row + 1,
      column,
      params: {
        step: 'log-transform',
        column,
        field: column,
        row: row + 1,
        reason: 'negative',
        reasonText: `row ${row + 1} is below 0`,
      },
    },
  );
}

/**
 * The shift of each column: 0 with `negative: 'error'` (a value below 0 is INVALID_ARGUMENT),
 * or −min when the minimum is below 0 with `negative: 'shift'`, so log1p sees values ≥ 0.
 */
export function fitLogTransform(
  step: StepOf<'log-transform'>,
  input: RecipeTable,
): FittedParams['log-transform'] {
  if (step.negative !== 'error' && step.negative !== 'shift') {
    throw invalidStep(step.kind, 'negative must be "error" or "shift"');
  }
  const shifts = findColumns(input, step.columns, step.kind).map((c) => {
    const column = input.table.names[c]!;
    const values = numericValues(input, c, step.kind);
    const { sorted } = computeFitStatistics(values);
    const min = sorted.length > 0 ? sorted[0]! : 0;
    if (min < 0 && step.negative === 'error') throw negativeError(column, values.indexOf(min));
    return { column, shift: min < 0 ? -min : 0 };
  });
  return { shifts };
}

/** log1p(value + shift) per column; a value still below −shift is an error, or (shift) missing and counted. */
export function applyLogTransform(
  step: StepOf<'log-transform'>,
  params: FittedParams['log-transform'],
  input: RecipeTable,
): RecipeResult {
  const warnings: RecipeWarning[] = [];
  const replacements = new Map(
    params.shifts.map(({ column, shift }) => {
      const c = findColumn(input, column, step.kind);
      let lost = 0;
      const values = numericValues(input, c, step.kind).map((v, row) => {
        if (!(v + shift < 0)) return Math.log1p(v + shift);
        if (step.negative === 'error') throw negativeError(column, row);
        lost++;
        return NaN;
      });
      warnings.push(
        ...countWarning(
          'negative',
          column,
          lost,
          `${lost} values of "${column}" were below the fitted minimum and became missing`,
        ),
      );
      const schema = { ...input.schema.columns[c]!, type: 'number' as const };
      return [c, [{ schema, values: { kind: 'numeric' as const, values } }]];
    }),
  );
  return replaceColumns(input, replacements, warnings);
}

/**
 * Bin edges: `bins` equal-width bins over min..max, or quantile edges (numpy 'linear'
 * percentiles) with edges closer than 1e-8 merged, as scikit-learn's KBinsDiscretizer.
 */
export function fitBin(step: StepOf<'bin'>, input: RecipeTable): FittedParams['bin'] {
  if (step.method !== 'equal-width' && step.method !== 'quantile') {
    throw invalidStep(step.kind, 'method must be "equal-width" or "quantile"', step.column);
  }
  if (!Number.isInteger(step.bins) || step.bins < 2 || step.bins > 1000) {
    throw invalidStep(step.kind, 'bins must be a whole number from 2 to 1000', step.column);
  }
  const c = findColumn(input, step.column, step.kind);
  const { sorted } = computeFitStatistics(numericValues(input, c, step.kind));
  if (sorted.length === 0) throw schemaMismatch(step.kind, step.column, 'has no present values');
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const raw = Array.from({ length: step.bins + 1 }, (_, i) =>
    step.method === 'quantile'
      ? computeQuantile(sorted, i / step.bins)
      : i === step.bins
        ? max
        : min + ((max - min) * i) / step.bins,
  );
  const edges = raw.filter((edge, i) => i === 0 || edge - raw[i - 1]! > 1e-8);
  if (edges.length < 2) edges.push(max);
  return { edges };
}

/** Each value's bin index 0..bins−1 (inner edges searched right-side, as KBinsDiscretizer). */
export function applyBin(
  step: StepOf<'bin'>,
  params: FittedParams['bin'],
  input: RecipeTable,
): RecipeResult {
  const c = findColumn(input, step.column, step.kind);
  const inner = params.edges.slice(1, -1);
  const values = numericValues(input, c, step.kind).map((v) => {
    if (Number.isNaN(v)) return NaN;
    let bin = 0;
    while (bin < inner.length && v >= inner[bin]!) bin++;
    return bin;
  });
  const merged = Math.max(0, step.bins - (params.edges.length - 1));
  const warnings = countWarning(
    'merged-bins',
    step.column,
    merged,
    `${merged} bins of "${step.column}" were too narrow and were merged`,
  );
  const schema = { ...input.schema.columns[c]!, type: 'integer' as const };
  return replaceColumns(
    input,
    new Map([[c, [{ schema, values: { kind: 'numeric' as const, values } }]]]),
    warnings,
  );
}
