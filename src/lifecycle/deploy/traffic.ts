/** Canary routing: which model answers a request row, the same way every time for that row. */
import { LabError } from '../../shared/lab-error';
import { computeSubSeed } from '../train/sub-seed';
import { routeBuckets } from './defaults';

/**
 * Who answers row `row` of request `requestSeq` when the challenger takes `percent` (0–100) of
 * traffic: a 32-bit hash of (seed, seq, row) mod 10,000 below percent × 100 goes to the
 * challenger. Deterministic per (seed, seq, row); over many rows the challenger's share is
 * `percent`. INVALID_ARGUMENT for a percent outside 0–100.
 */
export function computeRoute(
  requestSeq: number,
  row: number,
  percent: number,
  seed: number,
): 'champion' | 'challenger' {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new LabError('INVALID_ARGUMENT', `percent: ${percent} is not between 0 and 100`, {
      params: { field: 'percent', reason: 'out_of_range' },
    });
  }
  const bucket = computeSubSeed(seed, requestSeq, row) % routeBuckets;
  return bucket < percent * (routeBuckets / 100) ? 'challenger' : 'champion';
}
