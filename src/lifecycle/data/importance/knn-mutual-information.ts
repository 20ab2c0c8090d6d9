/**
 * The three mutual-information estimators of scikit-learn's `feature_selection._mutual_info`,
 * in nats, on already-complete, already-scaled samples: Kraskov–Stögbauer–Grassberger for two
 * continuous variables, Ross for continuous against discrete, and the contingency formula of
 * `mutual_info_score` for two discrete ones. Negative estimates are clipped to 0 as sklearn does.
 */
import {
  computeChebyshevKthDistances,
  computeCountWithin,
  computeOrder,
  computeSortedKthDistances,
} from './nearest-neighbours';
import { computeDigamma } from './special-functions';

/** KSG estimate (sklearn `_compute_mi_cc`) of I(x; y) in nats with k neighbours. */
export function computeContinuousMutualInformation(
  x: Float64Array,
  y: Float64Array,
  k: number,
): number {
  const n = x.length;
  if (n <= k) return 0;
  const radius = computeChebyshevKthDistances(x, y, k);
  const sortedX = Float64Array.from(x).sort();
  const sortedY = Float64Array.from(y).sort();
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += computeDigamma(computeCountWithin(sortedX, x[i]!, radius[i]!));
    sumY += computeDigamma(computeCountWithin(sortedY, y[i]!, radius[i]!));
  }
  const mi = computeDigamma(n) + computeDigamma(k) - sumX / n - sumY / n;
  return Math.max(0, mi);
}

/** Ross estimate (sklearn `_compute_mi_cd`) of I(c; d) in nats; codes ≥ 0, k neighbours. */
export function computeMixedMutualInformation(c: Float64Array, d: Int32Array, k: number): number {
  const n = c.length;
  const order = computeOrder(c);
  const labels = new Map<number, number[]>();
  for (const i of order) {
    const members = labels.get(d[i]!);
    if (members) members.push(i);
    else labels.set(d[i]!, [i]);
  }
  const radius = new Float64Array(n);
  const kept: number[] = [];
  let sumK = 0;
  let sumLabel = 0;
  for (const members of labels.values()) {
    const count = members.length;
    if (count < 2) continue; // sklearn ignores points whose label is unique
    const kLabel = Math.min(k, count - 1);
    const values = Float64Array.from(members, (i) => c[i]!);
    const distances = computeSortedKthDistances(values, kLabel);
    members.forEach((i, p) => {
      radius[i] = distances[p]!;
      kept.push(i);
    });
    sumK += count * computeDigamma(kLabel);
    sumLabel += count * computeDigamma(count);
  }
  const m = kept.length;
  if (m === 0) return 0;
  const sortedKept = Float64Array.from(kept, (i) => c[i]!).sort();
  let sumM = 0;
  for (const i of kept) sumM += computeDigamma(computeCountWithin(sortedKept, c[i]!, radius[i]!));
  const mi = computeDigamma(m) + sumK / m - sumLabel / m - sumM / m;
  return Math.max(0, mi);
}

/** Contingency-table MI (sklearn `mutual_info_score`) of two code arrays (codes ≥ 0), in nats. */
export function computeDiscreteMutualInformation(a: Int32Array, b: Int32Array): number {
  const n = a.length;
  if (n === 0) return 0;
  const joint = new Map<number, number>();
  const rowsA = new Map<number, number>();
  const rowsB = new Map<number, number>();
  let width = 1;
  for (let i = 0; i < n; i++) width = Math.max(width, b[i]! + 1);
  for (let i = 0; i < n; i++) {
    const key = a[i]! * width + b[i]!;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    rowsA.set(a[i]!, (rowsA.get(a[i]!) ?? 0) + 1);
    rowsB.set(b[i]!, (rowsB.get(b[i]!) ?? 0) + 1);
  }
  if (rowsA.size === 1 || rowsB.size === 1) return 0;
  const logN = Math.log(n);
  let mi = 0;
  for (const [key, count] of joint) {
    const pa = rowsA.get(Math.floor(key / width))!;
    const pb = rowsB.get(key % width)!;
    const share = count / n;
    const term = share * (Math.log(count) - logN) + share * (-Math.log(pa * pb) + logN + logN);
    mi += Math.abs(term) < 2.220446049250313e-16 ? 0 : term;
  }
  return Math.max(0, mi);
}
