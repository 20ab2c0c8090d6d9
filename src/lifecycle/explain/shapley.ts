/** Exact interventional Shapley values of one prediction against a background sample. */
import { maxExactFeatures } from './defaults';
import { computeCoalitionValues, type CoalitionContext } from './masked-table';
import { computeInvalidArgument } from './table-columns';

/** An additive explanation: base + Σ contributions = prediction. */
export interface ShapleyResult {
  /** v(∅): the mean output over the background rows. */
  baseValue: number;
  /** v(all): the model's output for the explained row. */
  prediction: number;
  /** One contribution per feature, in the order given. */
  contributions: number[];
}

/** Checks shared by the Shapley explainers: a background, an output, no repeated feature. */
export function computeCheckedContext(context: CoalitionContext): void {
  if (context.background.length === 0) {
    throw computeInvalidArgument('background', 'required', 'the background sample is empty');
  }
  if (!Number.isInteger(context.output) || context.output < 0) {
    throw computeInvalidArgument('output', 'out_of_range', 'output is not an output index');
  }
  if (new Set(context.features).size !== context.features.length) {
    throw computeInvalidArgument('features', 'not_allowed', 'a feature is listed twice');
  }
}

/** n choose k as a float. */
export function computeBinomial(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i += 1) out = (out * (n - k + i)) / i;
  return out;
}

/**
 * Exact Shapley values over all 2^M coalitions of the value function v(S) = mean over background
 * rows of the output with features in S from the explained row (interventional SHAP). M ≤ 12.
 */
export async function computeExactShapley(context: CoalitionContext): Promise<ShapleyResult> {
  computeCheckedContext(context);
  const m = context.features.length;
  if (m > maxExactFeatures) {
    throw computeInvalidArgument('features', 'out_of_range', `exact Shapley takes at most 12`);
  }
  const count = 2 ** m;
  const masks = Array.from({ length: count }, (_, s) => {
    const mask = new Uint8Array(m);
    for (let j = 0; j < m; j += 1) mask[j] = (s >> j) & 1;
    return mask;
  });
  const v = await computeCoalitionValues(context, masks);
  const weight = Array.from({ length: m }, (_, size) => 1 / (m * computeBinomial(m - 1, size)));
  const contributions = new Array<number>(m).fill(0);
  for (let s = 0; s < count; s += 1) {
    const size = masks[s]?.reduce((a, x) => a + x, 0) ?? 0;
    for (let j = 0; j < m; j += 1) {
      if ((s >> j) & 1) continue;
      const gain = (v[s | (1 << j)] ?? NaN) - (v[s] ?? NaN);
      contributions[j] = (contributions[j] ?? 0) + (weight[size] ?? 0) * gain;
    }
  }
  return { baseValue: v[0] ?? NaN, prediction: v[count - 1] ?? NaN, contributions };
}
