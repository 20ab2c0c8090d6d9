/**
 * A run's summary, kept on its row so lists of runs never read per-epoch histories: how many
 * epochs it has, the last epoch's metrics, and each metric's best value (by its direction) and
 * the epoch it came from.
 */
import { computeMetricDirection, isBetter } from './metric-direction';
import type { EpochRecord, RunSummary } from './run-types';

/** The summary of `epochs` (in epoch order). */
export function computeRunSummary(epochs: readonly EpochRecord[]): RunSummary {
  const best: RunSummary['best'] = {};
  for (const record of epochs) {
    for (const [metric, value] of Object.entries(record.metrics)) {
      if (!Number.isFinite(value)) continue;
      const current = best[metric];
      if (isBetter(value, current?.value ?? null, computeMetricDirection(metric))) {
        best[metric] = { epoch: record.epoch, value };
      }
    }
  }
  const last = epochs.at(-1);
  return { epochs: epochs.length, last: last ? { ...last.metrics } : null, best };
}
