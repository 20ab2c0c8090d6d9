/**
 * Label scenarios of a replayed stream: prior shift (events resampled so label shares follow
 * chosen weights) and concept drift (the label's relation to the features changes).
 */
import { LabError } from '../../shared/lab-error';
import type { Random } from '../../shared/random';
import type { ColumnValues } from '../data/types';
import { computePermutation } from '../train/sub-seed';
import { invalidArgument } from './scenario-check';

/**
 * Stream order whose events from the onset on are drawn anew: a label by `weights` (shares,
 * normalised), then a row of the stream with that label, uniformly, both seeded.
 */
export function computePriorOrder(
  order: Int32Array,
  labelOf: (row: number) => string | null,
  weights: Record<string, number>,
  onsetPosition: number,
  random: Random,
): Int32Array {
  const pools = new Map<string, number[]>();
  for (const row of order) {
    const label = labelOf(row);
    if (label === null) continue;
    const pool = pools.get(label) ?? [];
    pool.push(row);
    pools.set(label, pool);
  }
  const chosen: { pool: number[]; weight: number }[] = [];
  let total = 0;
  for (const [label, weight] of Object.entries(weights)) {
    if (!(Number.isFinite(weight) && weight >= 0)) {
      throw invalidArgument('weights', 'not_finite', `weight of "${label}" must be 0 or more`);
    }
    if (weight === 0) continue;
    const pool = pools.get(label);
    if (!pool) {
      throw invalidArgument(
        'weights',
        'not_allowed',
        `no event of the stream has label "${label}"`,
      );
    }
    chosen.push({ pool, weight });
    total += weight;
  }
  if (total <= 0) throw invalidArgument('weights', 'not_positive', 'the weights sum to 0');
  const out = Int32Array.from(order);
  for (let i = onsetPosition; i < out.length; i++) {
    let draw = random() * total;
    let pick = chosen[chosen.length - 1]!;
    for (const entry of chosen) {
      if (draw < entry.weight) {
        pick = entry;
        break;
      }
      draw -= entry.weight;
    }
    out[i] = pick.pool[Math.floor(random() * pick.pool.length)]!;
  }
  return out;
}

/** Each class sent to the next one of a seeded cycle through all classes (no class keeps its own). */
export function computeClassMapping<T>(classes: readonly T[], random: Random): Map<T, T> {
  const cycle = computePermutation(classes.length, random);
  const mapping = new Map<T, T>();
  for (let i = 0; i < cycle.length; i++) {
    mapping.set(classes[cycle[i]!]!, classes[cycle[(i + 1) % cycle.length]!]!);
  }
  return mapping;
}

function singleClass(count: number): LabError {
  return new LabError('INVALID_ARGUMENT', 'concept drift needs at least 2 classes', {
    params: { field: 'target', reason: 'single-class', classes: count },
  });
}

/**
 * A stream-order target column whose labels from the onset on change: classes sent along a
 * seeded cycle (classification) or values reflected around the column's mean (regression).
 */
export function computeConceptColumn(
  values: ColumnValues,
  task: 'classification' | 'regression',
  onsetPosition: number,
  random: Random,
): ColumnValues {
  if (values.kind === 'coded') {
    const present = [...new Set(values.codes)].filter((c) => c >= 0).sort((a, b) => a - b);
    if (present.length < 2) throw singleClass(present.length);
    const mapping = computeClassMapping(present, random);
    const codes = Int32Array.from(values.codes);
    for (let i = onsetPosition; i < codes.length; i++) codes[i] = mapping.get(codes[i]!) ?? -1;
    return { kind: 'coded', codes, dictionary: [...values.dictionary] };
  }
  const out = Float64Array.from(values.values);
  const finite = out.filter((v) => !Number.isNaN(v));
  if (task === 'classification') {
    const present = [...new Set(finite)].sort((a, b) => a - b);
    if (present.length < 2) throw singleClass(present.length);
    const mapping = computeClassMapping(present, random);
    for (let i = onsetPosition; i < out.length; i++) out[i] = mapping.get(out[i]!) ?? Number.NaN;
    return { kind: 'numeric', values: out };
  }
  const mean = finite.reduce((sum, v) => sum + v, 0) / Math.max(1, finite.length);
  for (let i = onsetPosition; i < out.length; i++) out[i] = 2 * mean - out[i]!;
  return { kind: 'numeric', values: out };
}
