/**
 * Successive halving, one rung at a time: once every trial of a rung has finished, keep the
 * best ⌈n / eta⌉ and give them eta × the epochs (capped at the run's epochs).
 */
import type { MetricDirection } from './metric-direction';
import type { SearchTrial } from './run-types';

/** A finished trial and its metric value (null when it produced none: worst). */
export interface CompletedTrial {
  trial: SearchTrial;
  value: number | null;
}

/** Trials ranked best first: by value in the direction, missing values last, ties by index. */
export function computeRankedTrials<T extends CompletedTrial>(
  completed: readonly T[],
  direction: MetricDirection,
): T[] {
  const score = (value: number | null) =>
    value === null || !Number.isFinite(value) ? Infinity : direction === 'min' ? value : -value;
  return [...completed].sort(
    (a, b) => score(a.value) - score(b.value) || a.trial.index - b.trial.index,
  );
}

/** What halving does after a rung: wait for its trials, stop, or run the next rung. */
export type HalvingStep =
  { kind: 'wait' } | { kind: 'done' } | { kind: 'next'; trials: SearchTrial[] };

/** The step after `rung` given the finished trials. */
export function computeHalvingRung(
  rung: readonly SearchTrial[],
  completed: readonly CompletedTrial[],
  options: { eta: number; baseEpochs: number; firstIndex: number; direction: MetricDirection },
): HalvingStep {
  const byIndex = new Map(completed.map((entry) => [entry.trial.index, entry]));
  const finished = rung.map((trial) => byIndex.get(trial.index));
  if (finished.some((entry) => entry === undefined)) return { kind: 'wait' };
  const epochs = rung[0]?.epochs ?? options.baseEpochs;
  if (rung.length <= 1 || epochs >= options.baseEpochs) return { kind: 'done' };
  const keep = Math.ceil(rung.length / options.eta);
  const ranked = computeRankedTrials(finished as CompletedTrial[], options.direction);
  const nextEpochs = Math.min(options.baseEpochs, Math.round(epochs * options.eta));
  const level = (rung[0]?.rung ?? 0) + 1;
  return {
    kind: 'next',
    trials: ranked.slice(0, keep).map((entry, i) => ({
      index: options.firstIndex + i,
      params: Object.fromEntries(
        Object.entries(entry.trial.params).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
      ),
      epochs: nextEpochs,
      rung: level,
    })),
  };
}
