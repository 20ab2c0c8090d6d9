import { createRandom, drawNormal, type Random } from '../../../shared/random';
import type { ColumnValues } from '../types';
import {
  computeCodesAt,
  computeCompleteRows,
  computeNumbersAt,
  computeSamplePositions,
} from './complete-rows';
import { defaultImportanceSeed, defaultMaxRows, defaultNeighbors, jitterScale } from './defaults';
import {
  computeContinuousMutualInformation,
  computeDiscreteMutualInformation,
  computeMixedMutualInformation,
} from './knn-mutual-information';
import type { MutualInformationOptions } from './types';

/**
 * Mutual information between a feature and the target, in nats, as scikit-learn's
 * `mutual_info_classif` (coded target) or `mutual_info_regression` (numeric target) estimates
 * it with `n_neighbors = 3`: coded columns are discrete; numeric ones are continuous, divided by
 * their standard deviation and jittered by 1e-10 × max(1, mean |x|) × N(0, 1) to break ties.
 * Rows missing either value are dropped; above `maxRows` complete rows a seeded sample is used.
 */
export function computeMutualInformation(
  feature: ColumnValues,
  target: ColumnValues,
  options: MutualInformationOptions = {},
): number {
  const neighbors = options.neighbors ?? defaultNeighbors;
  const random = createRandom(options.seed ?? defaultImportanceSeed);
  const complete = computeCompleteRows([feature, target]);
  const positions = computeSamplePositions(
    complete.length,
    options.maxRows ?? defaultMaxRows,
    random,
  );
  const rows = Uint32Array.from(positions, (p) => complete[p]!);
  if (feature.kind === 'coded' && target.kind === 'coded') {
    const a = computeCodesAt(feature.codes, rows);
    return computeDiscreteMutualInformation(a, computeCodesAt(target.codes, rows));
  }
  const x =
    feature.kind === 'numeric'
      ? computeJittered(feature.values, rows, positions, random, options.featureNoise, false)
      : null;
  const y =
    target.kind === 'numeric'
      ? computeJittered(target.values, rows, positions, random, options.targetNoise, true)
      : null;
  if (x && y) return computeContinuousMutualInformation(x, y, neighbors);
  if (x && target.kind === 'coded') {
    return computeMixedMutualInformation(x, computeCodesAt(target.codes, rows), neighbors);
  }
  if (y && feature.kind === 'coded') {
    return computeMixedMutualInformation(y, computeCodesAt(feature.codes, rows), neighbors);
  }
  return 0;
}

/**
 * Values at `rows` divided by their population standard deviation (sklearn `scale` without
 * centring), plus 1e-10 × max(1, mean |scaled|) × a standard-normal draw per row: `noise` at the
 * row's complete-row position when given, else the seeded generator.
 */
function computeJittered(
  values: Float64Array,
  rows: Uint32Array,
  positions: Uint32Array,
  random: Random,
  noise: Float64Array | undefined,
  isTarget: boolean,
): Float64Array {
  const x = computeNumbersAt(values, rows);
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (x[i]! - mean) ** 2;
  let scale = Math.sqrt(squares / n);
  // sklearn: a 1-D target's zero scale becomes 1; a feature's scale below 10 ε becomes 1.
  if (isTarget ? scale === 0 : scale < 10 * Number.EPSILON) scale = 1;
  let meanAbs = 0;
  for (let i = 0; i < n; i++) {
    x[i] = x[i]! / scale;
    meanAbs += Math.abs(x[i]!);
  }
  const size = jitterScale * Math.max(1, meanAbs / n);
  for (let i = 0; i < n; i++) {
    const z = noise ? noise[positions[i]!]! : drawNormal(random);
    x[i] = x[i]! + size * z;
  }
  return x;
}
