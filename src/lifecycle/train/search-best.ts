/**
 * The best trial of a search, and why: the best metric value among the trials (for halving,
 * among the last rung's), as an English sentence and as data the interface localises.
 */
import type { SearchBest, SearchSpec, SearchTrial } from './run-types';
import { computeRankedTrials } from './search-rungs';

/** A finished trial with its run id. */
export interface CompletedSearchTrial {
  runId: string;
  trial: SearchTrial;
  value: number | null;
}

/** The numbers behind `why`, for the `searchBest.*` catalog messages. */
export interface SearchBestReason {
  /** Catalog key: `searchBest.lowest`, `searchBest.highest`, or their `Rung` forms. */
  key:
    'searchBest.lowest' | 'searchBest.highest' | 'searchBest.lowestRung' | 'searchBest.highestRung';
  metric: string;
  value: number;
  trials: number;
  /** The rung compared (halving only), else null. */
  rung: number | null;
}

/** The best trial, with its `why` sentence and the reason data. */
export type SearchBestWithReason = SearchBest & { reason: SearchBestReason };

/** A metric value with 4 significant digits for sentences. */
export function formatMetricValue(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/**
 * The best finished trial by `spec.metric` in `spec.direction` (halving: only the highest rung
 * counts); null when no trial has a finite value.
 */
export function computeSearchBest(
  spec: SearchSpec,
  completed: readonly CompletedSearchTrial[],
): SearchBestWithReason | null {
  const top = Math.max(-1, ...completed.map((entry) => entry.trial.rung));
  const compared =
    spec.strategy === 'halving' ? completed.filter((entry) => entry.trial.rung === top) : completed;
  const [best] = computeRankedTrials(compared, spec.direction);
  if (!best || best.value === null || !Number.isFinite(best.value)) return null;
  const lowest = spec.direction === 'min';
  const rung = spec.strategy === 'halving' ? top : null;
  const word = lowest ? 'lowest' : 'highest';
  const shown = formatMetricValue(best.value);
  const where = rung === null ? '' : ` in the last rung, rung ${rung}`;
  return {
    runId: best.runId,
    metric: spec.metric,
    value: best.value,
    why: `${word} ${spec.metric} of ${compared.length} trials${where} (${shown})`,
    reason: {
      key: `searchBest.${word}${rung === null ? '' : 'Rung'}`,
      metric: spec.metric,
      value: best.value,
      trials: compared.length,
      rung,
    },
  };
}
