/**
 * Search strategies as planners: given the trials finished so far, which trials to run next.
 * Grid walks the Cartesian product, random draws seeded combinations, halving (successive
 * halving) runs many short trials and keeps the best third at three times the epochs.
 */
import { createRandom, type Random } from '../../shared/random';
import { createTrainCheckError } from './check-hyper';
import { computeHalvingRung, type CompletedTrial } from './search-rungs';
import type { SearchSpec, SearchTrial } from './run-types';
import { createUnknownParamError, isSearchParamKey, type TrialValue } from './trial-params';

/** Trials of a random search unless the budget says otherwise. */
export const defaultRandomRuns = 10;

/** First-rung trials of a halving search unless the budget says otherwise. */
export const defaultHalvingRuns = 9;

/** Keep ratio of halving: the best 1/eta of a rung go on with eta × the epochs. */
export const defaultHalvingEta = 3;

/** Proposes the trials of one search. */
export interface SearchPlanner {
  /** The next batch of trials; empty when the search is done or waits for trials to finish. */
  next(completed: readonly CompletedTrial[]): SearchTrial[];
  /** True once no more trials will be proposed. */
  isDone(): boolean;
}

function invalid(field: string, limits: string, value: unknown) {
  return createTrainCheckError(
    'bad-hyper',
    field,
    `${field} must be ${limits}, got ${JSON.stringify(value)}`,
    { limits },
  );
}

function checkSpec(spec: SearchSpec, baseEpochs: number): string[] {
  if (!['grid', 'random', 'halving'].includes(spec.strategy))
    throw invalid('strategy', 'grid | random | halving', spec.strategy);
  const keys = Object.keys(spec.space ?? {});
  if (keys.length === 0) throw invalid('space', 'at least one hyperparameter', spec.space);
  for (const key of keys) {
    if (!isSearchParamKey(key)) throw createUnknownParamError(key);
    const values = spec.space[key];
    if (!Array.isArray(values) || values.length === 0)
      throw invalid(`space.${key}`, 'a non-empty list', values);
  }
  const runs = spec.budget?.runs;
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1))
    throw invalid('budget.runs', 'a whole number ≥ 1', runs);
  if (!Number.isInteger(baseEpochs) || baseEpochs < 1)
    throw invalid('hyper.epochs', 'a whole number ≥ 1', baseEpochs);
  return keys;
}

function paramsOf(spec: SearchSpec, keys: readonly string[], choice: readonly number[]) {
  const params: Record<string, TrialValue> = {};
  keys.forEach((key, k) => {
    const value = spec.space[key]![choice[k]!]!;
    params[key] = Array.isArray(value) ? [...value] : value;
  });
  return params;
}

/** Mixed-radix digits of a combination number, the last key changing fastest. */
function decode(combination: number, sizes: readonly number[]): number[] {
  const digits = new Array<number>(sizes.length);
  for (let k = sizes.length - 1; k >= 0; k--) {
    digits[k] = combination % sizes[k]!;
    combination = Math.floor(combination / sizes[k]!);
  }
  return digits;
}

/** `count` combination numbers drawn without repeats while unseen ones remain. */
function drawCombinations(count: number, total: number, random: Random): number[] {
  const drawn: number[] = [];
  const seen = new Set<number>();
  const pool = total <= 10_000 ? Array.from({ length: total }, (_, i) => i) : null;
  while (drawn.length < count) {
    if (seen.size >= total) {
      drawn.push(Math.floor(random() * total));
    } else if (pool) {
      const at = Math.floor(random() * pool.length);
      const [picked] = pool.splice(at, 1);
      seen.add(picked!);
      drawn.push(picked!);
    } else {
      const picked = Math.floor(random() * total);
      if (seen.has(picked)) continue;
      seen.add(picked);
      drawn.push(picked);
    }
  }
  return drawn;
}

/**
 * A planner for a search over `spec.space`: grid (capped by budget.runs), random (budget.runs,
 * default 10, seeded) or halving (budget.runs first-rung trials, default 9, at
 * halving.minEpochs, default max(2, ⌊baseEpochs / 9⌋)). INVALID_ARGUMENT for a bad spec.
 */
export function createSearchPlanner(
  spec: SearchSpec,
  baseEpochs: number,
  seed: number,
): SearchPlanner {
  const keys = checkSpec(spec, baseEpochs);
  const sizes = keys.map((key) => spec.space[key]!.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  const random = createRandom(seed);
  const rungs: SearchTrial[][] = [];
  let done = false;
  const eta = spec.halving?.eta ?? defaultHalvingEta;
  const halvingEta = eta > 0 && eta < 1 ? 1 / eta : eta;
  if (spec.strategy === 'halving' && !(halvingEta > 1)) throw invalid('halving.eta', '> 1', eta);
  const minEpochs = spec.halving?.minEpochs ?? Math.max(2, Math.floor(baseEpochs / 9));
  if (!Number.isInteger(minEpochs) || minEpochs < 1)
    throw invalid('halving.minEpochs', 'a whole number ≥ 1', minEpochs);

  function firstBatch(): SearchTrial[] {
    const runs = spec.budget?.runs;
    const combinations =
      spec.strategy === 'grid'
        ? Array.from({ length: Math.min(total, runs ?? total) }, (_, i) => i)
        : drawCombinations(
            runs ?? (spec.strategy === 'random' ? defaultRandomRuns : defaultHalvingRuns),
            total,
            random,
          );
    const epochs = spec.strategy === 'halving' ? Math.min(minEpochs, baseEpochs) : baseEpochs;
    return combinations.map((combination, index) => ({
      index,
      params: paramsOf(spec, keys, decode(combination, sizes)),
      epochs,
      rung: 0,
    }));
  }

  return {
    isDone: () => done,
    next(completed) {
      if (done) return [];
      if (rungs.length === 0) {
        rungs.push(firstBatch());
        if (spec.strategy !== 'halving') done = true;
        return rungs[0]!.map((trial) => ({ ...trial }));
      }
      const issued = rungs.reduce((sum, rung) => sum + rung.length, 0);
      const step = computeHalvingRung(rungs[rungs.length - 1]!, completed, {
        eta: halvingEta,
        baseEpochs,
        firstIndex: issued,
        direction: spec.direction,
      });
      if (step.kind === 'done') done = true;
      if (step.kind !== 'next') return [];
      rungs.push(step.trials);
      return step.trials.map((trial) => ({ ...trial }));
    },
  };
}
