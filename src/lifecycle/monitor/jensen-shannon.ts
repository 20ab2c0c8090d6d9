/** Jensen–Shannon distance as scipy `jensenshannon(p, q)` (natural log): √(divergence). */
import { computePairwiseSum } from './numpy-sum';

/** x · ln(x / y) with scipy `rel_entr`'s conventions (0 at x = 0, Infinity when y = 0 < x). */
function relativeEntropy(x: number, y: number): number {
  if (x === 0 && y >= 0) return 0;
  if (x > 0 && y > 0) return x * Math.log(x / y);
  return Infinity;
}

/** Distance between two distributions over the same categories; each is normalised first. */
export function computeJensenShannon(p: readonly number[], q: readonly number[]): number {
  const pSum = computePairwiseSum(p);
  const qSum = computePairwiseSum(q);
  const pn = p.map((v) => v / pSum);
  const qn = q.map((v) => v / qSum);
  const m = pn.map((v, i) => (v + qn[i]!) / 2);
  const left = computePairwiseSum(pn.map((v, i) => relativeEntropy(v, m[i]!)));
  const right = computePairwiseSum(qn.map((v, i) => relativeEntropy(v, m[i]!)));
  return Math.sqrt((left + right) / 2);
}
