/**
 * Processing performance of a loaded run in the serve worker: the latency of a prediction at
 * batch sizes 1, 32 and 256 (inputs already preprocessed, as a serving endpoint receives rows),
 * p50/p95/p99 over repeats after a warm-up, and the throughput at the median.
 */
import type { LatencyReport, LatencyRow } from '../../src/lifecycle/evaluate/types';
import { computeOutputs } from '../../src/lifecycle/train/tf/train-step';
import type { LoadedRun } from './run-model';

/** Batch sizes measured, with their repeats (fewer for bigger batches). */
export const latencyPlan = [
  { batchSize: 1, repeats: 200 },
  { batchSize: 32, repeats: 100 },
  { batchSize: 256, repeats: 40 },
] as const;

/** The value at quantile `q` of sorted values (nearest rank). */
export function computeNearestRank(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Measures latency on `x` (row-major inputs of `rows` rows, reused cyclically). */
export async function measureLatency(
  loaded: LoadedRun,
  x: Float32Array,
  rows: number,
  now: () => number,
  isCancelled: () => void,
): Promise<LatencyReport> {
  const width = loaded.preprocessing.inputWidth;
  const table: LatencyRow[] = [];
  for (const { batchSize, repeats } of latencyPlan) {
    const batch = new Float32Array(batchSize * width);
    for (let i = 0; i < batchSize; i++) {
      const source = rows > 0 ? i % rows : 0;
      batch.set(x.subarray(source * width, (source + 1) * width), i * width);
    }
    for (let i = 0; i < 5; i++) await computeOutputs(loaded.model, batch, batchSize);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      isCancelled();
      const start = now();
      await computeOutputs(loaded.model, batch, batchSize);
      times.push(now() - start);
    }
    times.sort((a, b) => a - b);
    const p50 = computeNearestRank(times, 0.5);
    table.push({
      batchSize,
      p50,
      p95: computeNearestRank(times, 0.95),
      p99: computeNearestRank(times, 0.99),
      throughput: p50 > 0 ? (batchSize / p50) * 1000 : Number.POSITIVE_INFINITY,
      repeats,
    });
  }
  return {
    backend: loaded.backend,
    rows: table,
    modelBytes: loaded.modelBytes,
    parameters: loaded.model.countParams(),
  };
}
