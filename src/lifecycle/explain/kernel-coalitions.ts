/** Coalitions KernelSHAP evaluates and their weights, chosen as the shap library does. */
import { createRandom, type Random } from '../../shared/random';
import { computeBinomial } from './shapley';

/** Coalition masks (1 = feature from the explained row) and their kernel weights. */
export interface KernelCoalitions {
  masks: Uint8Array[];
  weights: number[];
}

function computeCombinations(m: number, size: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]): void => {
    if (chosen.length === size) out.push(chosen.slice());
    else for (let j = start; j < m; j += 1) pick(j + 1, [...chosen, j]);
  };
  pick(0, []);
  return out;
}

function computeDraw(random: Random, cumulative: readonly number[]): number {
  const u = random() * (cumulative[cumulative.length - 1] ?? 1);
  const index = cumulative.findIndex((c) => u < c);
  return index < 0 ? cumulative.length - 1 : index;
}

/**
 * Shapley-kernel coalitions of M features within `samples` evaluations (at most 2^M − 2): whole
 * subset sizes (and their complements) first while the budget covers their kernel weight, then
 * seeded draws of the remaining sizes, repeats adding weight (shap's KernelExplainer).
 */
export function computeKernelCoalitions(
  m: number,
  samples: number,
  seed: number,
): KernelCoalitions {
  const budget = Math.min(samples, m <= 30 ? 2 ** m - 2 : 2 ** 30);
  const sizes = Math.ceil((m - 1) / 2);
  const paired = Math.floor((m - 1) / 2);
  const kernel = Array.from(
    { length: sizes },
    (_, i) => ((m - 1) / ((i + 1) * (m - i - 1))) * (i < paired ? 2 : 1),
  );
  const total = kernel.reduce((a, b) => a + b, 0);
  const weight = kernel.map((w) => w / total);
  const masks: Uint8Array[] = [];
  const weights: number[] = [];
  const add = (mask: Uint8Array, w: number): void => {
    masks.push(mask);
    weights.push(w);
  };
  let full = 0;
  let left = budget;
  let remaining = weight.slice();
  for (let size = 1; size <= sizes; size += 1) {
    const isPaired = size <= paired;
    const count = computeBinomial(m, size) * (isPaired ? 2 : 1);
    const share = remaining[size - 1] ?? 0;
    if ((left * share) / count < 1 - 1e-8) break;
    full += 1;
    left -= count;
    if (share < 1) remaining = remaining.map((r) => r / (1 - share));
    const w = ((weight[size - 1] ?? 0) / computeBinomial(m, size)) * (isPaired ? 0.5 : 1);
    for (const chosen of computeCombinations(m, size)) {
      const mask = new Uint8Array(m);
      for (const j of chosen) mask[j] = 1;
      add(mask, w);
      if (isPaired)
        add(
          mask.map((x) => 1 - x),
          w,
        );
    }
  }
  const fixed = masks.length;
  let samplesLeft = budget - fixed;
  if (full !== sizes && samplesLeft > 0) {
    const random = createRandom(seed);
    const rest = weight.map((w, i) => (i < paired ? w / 2 : w)).slice(full);
    const cumulative = rest.map((_, i) => rest.slice(0, i + 1).reduce((a, b) => a + b, 0));
    const used = new Map<string, number>();
    for (let draw = 0; samplesLeft > 0 && draw < 4 * (budget - fixed); draw += 1) {
      const size = computeDraw(random, cumulative) + full + 1;
      const order = Array.from({ length: m }, (_, i) => i);
      for (let i = m - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
      }
      const mask = new Uint8Array(m);
      for (const j of order.slice(0, size)) mask[j] = 1;
      const key = mask.join('');
      const seen = used.get(key);
      if (seen === undefined) {
        used.set(key, masks.length);
        samplesLeft -= 1;
        add(mask, 1);
      } else weights[seen] = (weights[seen] ?? 0) + 1;
      if (samplesLeft > 0 && size <= paired) {
        if (seen === undefined) {
          samplesLeft -= 1;
          add(
            mask.map((x) => 1 - x),
            1,
          );
        } else weights[seen + 1] = (weights[seen + 1] ?? 0) + 1;
      }
    }
    const weightLeft = weight.slice(full).reduce((a, b) => a + b, 0);
    const drawn = weights.slice(fixed).reduce((a, b) => a + b, 0);
    for (let i = fixed; i < weights.length; i += 1)
      weights[i] = ((weights[i] ?? 0) * weightLeft) / drawn;
  }
  return { masks, weights };
}
