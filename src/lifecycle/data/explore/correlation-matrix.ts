import { LabError } from '../../../shared/lab-error';
import { computeMaskedRanks, computeRankCounts } from './spearman-ranks';
import type { CorrelationMatrix, CorrelationOptions } from './types';

/**
 * Correlations between numeric columns (NaN = missing) with pandas `DataFrame.corr` semantics:
 * each pair uses the rows where both are present; Spearman ranks each pair's complete rows with
 * average ranks for ties. Cost: two passes per pair; Spearman adds one sort per column and, per
 * pair, a sort of the rows one column has and the other lacks.
 */
export function computeCorrelationMatrix(
  columns: readonly Float64Array[],
  options: CorrelationOptions = {},
): CorrelationMatrix {
  const method = options.method ?? 'pearson';
  const minPeriods = Math.max(1, options.minPeriods ?? 1);
  const size = columns.length;
  const rows = columns[0]?.length ?? 0;
  if (columns.some((column) => column.length !== rows)) {
    throw new LabError('INVALID_ARGUMENT', 'Correlated columns must have the same row count.');
  }
  const values = new Float64Array(size * size);
  const counts = new Int32Array(size * size);
  const rankCounts = method === 'spearman' ? columns.map(computeRankCounts) : [];
  const rankX = new Float64Array(rows);
  const rankY = new Float64Array(rows);
  const both = new Uint8Array(rows);
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      const x = columns[i]!;
      const y = columns[j]!;
      let n = 0;
      for (let r = 0; r < rows; r++) {
        const present = Number.isNaN(x[r]!) || Number.isNaN(y[r]!) ? 0 : 1;
        both[r] = present;
        n += present;
      }
      let r = Number.NaN;
      if (n >= minPeriods) {
        if (method === 'spearman') {
          computeMaskedRanks(x, rankCounts[i]!, both, rankX);
          computeMaskedRanks(y, rankCounts[j]!, both, rankY);
          r = computeMaskedPearson(rankX, rankY, both, n);
        } else {
          r = computeMaskedPearson(x, y, both, n);
        }
      }
      values[i * size + j] = values[j * size + i] = r;
      counts[i * size + j] = counts[j * size + i] = n;
    }
  }
  return { method, size, values, counts };
}

/** Pearson's r over the rows flagged in `mask` (n of them); NaN when either side is constant. */
export function computeMaskedPearson(
  x: Float64Array,
  y: Float64Array,
  mask: Uint8Array,
  n: number,
): number {
  let sumX = 0;
  let sumY = 0;
  for (let r = 0; r < x.length; r++) {
    if (mask[r] === 0) continue;
    sumX += x[r]!;
    sumY += y[r]!;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let r = 0; r < x.length; r++) {
    if (mask[r] === 0) continue;
    const dx = x[r]! - meanX;
    const dy = y[r]! - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const divisor = Math.sqrt(sxx * syy);
  if (divisor === 0 || !Number.isFinite(divisor)) return Number.NaN;
  return Math.max(-1, Math.min(1, sxy / divisor));
}
