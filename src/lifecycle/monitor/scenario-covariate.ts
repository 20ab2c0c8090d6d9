/**
 * Covariate shift of a replayed stream: number features moved by a multiple of their standard
 * deviation after the onset, suddenly, as a ramp, or switching on and off.
 */
import type { ColumnValues } from '../data/types';
import type { CovariatePattern } from './monitor-types';
import { checkPositiveCount } from './scenario-check';

/** Events per half-cycle of a recurring shift when the scenario names no period. */
export const defaultRecurringPeriod = 100;

/** Sample standard deviation (n − 1) of the non-missing values; 0 with fewer than two. */
export function computeStandardDeviation(values: Float64Array): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    n += 1;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
  }
  return n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
}

/**
 * Share (0…1) of the full shift applied to the event at `position`: 0 before the onset; after it
 * 1 (sudden), a linear ramp reaching 1 at the last event (gradual), or 1 and 0 alternating every
 * `period` events starting on (recurring).
 */
export function computeShiftFactor(
  pattern: CovariatePattern,
  position: number,
  onsetPosition: number,
  eventCount: number,
  period: number,
): number {
  if (position < onsetPosition) return 0;
  const since = position - onsetPosition;
  if (pattern === 'sudden') return 1;
  if (pattern === 'gradual') return (since + 1) / Math.max(1, eventCount - onsetPosition);
  return Math.floor(since / period) % 2 === 0 ? 1 : 0;
}

/**
 * A number column (stream order) shifted by factor × shift × std per event, std taken over the
 * whole replayed column before the shift; integer columns are rounded to whole numbers.
 */
export function computeShiftedColumn(
  values: ColumnValues & { kind: 'numeric' },
  options: {
    pattern: CovariatePattern;
    shift: number;
    onsetPosition: number;
    period?: number | undefined;
    integer: boolean;
  },
): ColumnValues {
  const period = checkPositiveCount(options.period ?? defaultRecurringPeriod, 'period');
  const std = computeStandardDeviation(values.values);
  const out = Float64Array.from(values.values);
  for (let i = 0; i < out.length; i++) {
    const v = out[i]!;
    if (Number.isNaN(v)) continue;
    const factor = computeShiftFactor(
      options.pattern,
      i,
      options.onsetPosition,
      out.length,
      period,
    );
    if (factor === 0) continue;
    const shifted = v + factor * options.shift * std;
    out[i] = options.integer ? Math.round(shifted) : shifted;
  }
  return { kind: 'numeric', values: out };
}
