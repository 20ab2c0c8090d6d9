import { defaultIqrK, defaultZ } from './defaults';
import { computeFitStatistics, computeQuantile } from './numeric-stats';
import {
  findColumn,
  findColumns,
  invalidStep,
  numericValues,
  replaceColumns,
  requireNumber,
  schemaMismatch,
} from './recipe-table';
import type { FittedParams, RecipeResult, RecipeTable, RecipeWarning, StepOf } from './types';

function fitted(input: RecipeTable, names: readonly string[], kind: string) {
  return findColumns(input, names, kind).map((c) => {
    const stats = computeFitStatistics(numericValues(input, c, kind));
    if (stats.sorted.length === 0)
      throw schemaMismatch(kind, input.table.names[c]!, 'has no present values');
    return { c, column: input.table.names[c]!, ...stats };
  });
}

/** Lower and upper bounds per column: Q1 − k·IQR .. Q3 + k·IQR, or mean ± z·std (ddof 0). */
export function fitClipOutliers(
  step: StepOf<'clip-outliers'>,
  input: RecipeTable,
): FittedParams['clip-outliers'] {
  if (step.method !== 'iqr' && step.method !== 'z-score')
    throw invalidStep(step.kind, 'method must be "iqr" or "z-score"');
  const k = requireNumber(step.kind, 'k', step.k ?? defaultIqrK, true);
  const z = requireNumber(step.kind, 'z', step.z ?? defaultZ, true);
  const bounds = fitted(input, step.columns, step.kind).map(({ column, sorted, mean, std }) => {
    if (step.method === 'z-score') return { column, lower: mean - z * std, upper: mean + z * std };
    const q1 = computeQuantile(sorted, 0.25);
    const q3 = computeQuantile(sorted, 0.75);
    return { column, lower: q1 - k * (q3 - q1), upper: q3 + k * (q3 - q1) };
  });
  return { bounds };
}

/** Values outside each column's fitted bounds set to the nearer bound (missing stays missing). */
export function applyClipOutliers(
  step: StepOf<'clip-outliers'>,
  params: FittedParams['clip-outliers'],
  input: RecipeTable,
): RecipeResult {
  const replacements = new Map(
    params.bounds.map(({ column, lower, upper }) => {
      const c = findColumn(input, column, step.kind);
      const values = numericValues(input, c, step.kind).map((v) =>
        Math.min(Math.max(v, lower), upper),
      );
      return [
        c,
        [{ schema: input.schema.columns[c]!, values: { kind: 'numeric' as const, values } }],
      ];
    }),
  );
  return replaceColumns(input, replacements);
}

/**
 * Center and scale per column, as scikit-learn's StandardScaler (mean, std ddof 0), MinMaxScaler
 * (min, max − min) and RobustScaler (median, Q3 − Q1). A zero scale (constant column) becomes 1.
 */
export function fitScale(step: StepOf<'scale'>, input: RecipeTable): FittedParams['scale'] {
  const { method } = step;
  if (method !== 'standard' && method !== 'min-max' && method !== 'robust') {
    throw invalidStep(step.kind, 'method must be "standard", "min-max" or "robust"');
  }
  const scales = fitted(input, step.columns, step.kind).map(({ column, sorted, mean, std }) => {
    const min = sorted[0]!;
    const max = sorted[sorted.length - 1]!;
    const q1 = computeQuantile(sorted, 0.25);
    const q3 = computeQuantile(sorted, 0.75);
    const center =
      method === 'standard' ? mean : method === 'min-max' ? min : computeQuantile(sorted, 0.5);
    const scale = method === 'standard' ? std : method === 'min-max' ? max - min : q3 - q1;
    return { column, center, scale: scale > 0 ? scale : 1 };
  });
  return { scales };
}

/** (value − center) / scale per fitted column; warns about columns fitted as constant (scale 1). */
export function applyScale(
  step: StepOf<'scale'>,
  params: FittedParams['scale'],
  input: RecipeTable,
): RecipeResult {
  const warnings: RecipeWarning[] = [];
  const replacements = new Map(
    params.scales.map(({ column, center, scale }) => {
      const c = findColumn(input, column, step.kind);
      const values = numericValues(input, c, step.kind).map((v) => (v - center) / scale);
      if (scale === 1 && values.every((v) => Number.isNaN(v) || v === 0)) {
        warnings.push({
          code: 'constant-column',
          column,
          count: 1,
          message: `"${column}" is constant: scaled with scale 1`,
        });
      }
      const schema = { ...input.schema.columns[c]!, type: 'number' as const };
      return [c, [{ schema, values: { kind: 'numeric' as const, values } }]];
    }),
  );
  return replaceColumns(input, replacements, warnings);
}
