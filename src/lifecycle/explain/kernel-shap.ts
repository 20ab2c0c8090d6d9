/** KernelSHAP (Lundberg & Lee 2017): Shapley values by weighted least squares on coalitions. */
import { computeCoalitionValues, type CoalitionContext } from './masked-table';
import { computeKernelCoalitions } from './kernel-coalitions';
import { computeCheckedContext, type ShapleyResult } from './shapley';
import { computeLinearSolution } from './solve-linear';

/** Inputs of `computeKernelShap`: the coalition context, a sample budget and a seed. */
export interface KernelShapOptions extends CoalitionContext {
  /** Coalitions evaluated (default 2·M + 2048, capped at 2^M − 2). */
  samples?: number;
  seed: number;
}

/** A KernelSHAP explanation and the number of coalitions it evaluated. */
export interface KernelShapResult extends ShapleyResult {
  samples: number;
}

/**
 * KernelSHAP attributions of one row: a weighted least squares of v(S) − v(∅) on the coalition
 * masks with Σ φ = v(all) − v(∅) enforced exactly by eliminating the last feature, as shap does.
 */
export async function computeKernelShap(options: KernelShapOptions): Promise<KernelShapResult> {
  computeCheckedContext(options);
  const m = options.features.length;
  const ends = [new Uint8Array(m), new Uint8Array(m).fill(1)];
  const [baseValue = NaN, prediction = NaN] = await computeCoalitionValues(options, ends);
  const total = prediction - baseValue;
  if (m <= 1) return { baseValue, prediction, contributions: m === 1 ? [total] : [], samples: 0 };
  const { masks, weights } = computeKernelCoalitions(
    m,
    options.samples ?? 2 * m + 2048,
    options.seed,
  );
  const values = await computeCoalitionValues(options, masks);
  const n = m - 1;
  const normal = new Float64Array(n * n);
  const rhs = new Float64Array(n);
  const x = new Float64Array(n);
  masks.forEach((mask, s) => {
    const last = mask[n] ?? 0;
    for (let j = 0; j < n; j += 1) x[j] = (mask[j] ?? 0) - last;
    const y = (values[s] ?? NaN) - baseValue - last * total;
    const w = weights[s] ?? 0;
    for (let i = 0; i < n; i += 1) {
      const wx = w * (x[i] ?? 0);
      if (wx === 0) continue;
      rhs[i] = (rhs[i] ?? 0) + wx * y;
      for (let j = 0; j < n; j += 1)
        normal[i * n + j] = (normal[i * n + j] ?? 0) + wx * (x[j] ?? 0);
    }
  });
  const phi = Array.from(computeLinearSolution(normal, rhs));
  phi.push(total - phi.reduce((a, b) => a + b, 0));
  return { baseValue, prediction, contributions: phi, samples: masks.length };
}
