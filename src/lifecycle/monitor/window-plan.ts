/**
 * Windows over a replayed stream and the arrival of delayed labels: which events each window
 * holds, and which events' labels become known during it.
 */
import type { StreamWindow } from './monitor-types';
import { checkPositiveCount, invalidArgument } from './scenario-check';

/** What happens to the stream's last window when it has fewer than `size` events. */
export type PartialWindow = 'drop' | 'keep';

/**
 * Consecutive windows of `size` events over `eventCount` events. The last, shorter window is
 * dropped by default (its statistics would rest on too few events); `partial: 'keep'` keeps it.
 */
export function computeWindowPlan(
  eventCount: number,
  size: number,
  partial: PartialWindow = 'drop',
): StreamWindow[] {
  checkPositiveCount(size, 'size');
  if (!(Number.isInteger(eventCount) && eventCount >= 0)) {
    throw invalidArgument('eventCount', 'out_of_range', 'the event count must be 0 or more');
  }
  const windows: StreamWindow[] = [];
  for (let start = 0; start < eventCount; start += size) {
    const end = Math.min(eventCount, start + size);
    if (end - start < size && partial === 'drop') break;
    windows.push({ index: windows.length, start, end });
  }
  return windows;
}

function checkDelay(delay: number): number {
  if (!(Number.isInteger(delay) && delay >= 0)) {
    throw invalidArgument('delay', 'out_of_range', 'the label delay must be a whole number ≥ 0');
  }
  return delay;
}

/** Stream position at which the label of the event at `position` becomes known (position + delay). */
export function computeLabelArrival(position: number, delay: number): number {
  return position + checkDelay(delay);
}

/**
 * Events whose labels arrive during the window (arrival in start…end−1), as positions
 * from…to−1: the labelled events the window's performance is measured on.
 */
export function computeWindowLabels(
  window: StreamWindow,
  delay: number,
): { from: number; to: number } {
  checkDelay(delay);
  const from = Math.max(0, window.start - delay);
  const to = Math.max(from, window.end - delay);
  return { from, to };
}

/** Number of events whose labels are known once the event at `position` has been served. */
export function computeLabelledCount(position: number, delay: number): number {
  return Math.max(0, position + 1 - checkDelay(delay));
}
