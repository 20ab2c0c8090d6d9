/**
 * When a retrain policy fires on a replay's windows, and which stream events the retrain takes:
 * the most recent labelled ones, the latest share of them held out.
 */
import { LabError } from '../../shared/lab-error';
import type { AlertEvent, AlertRule, StreamWindow } from './monitor-types';
import { defaultRetrainSettings, minRetrainEvents } from './retrain-defaults';
import type { RetrainPolicy, RetrainTrigger } from './retrain-types';
import { computeWindowLabels } from './window-plan';

/** A window as the trigger reads it: its place in the stream and the alerts it raised or cleared. */
export interface TriggerWindow extends StreamWindow {
  alerts: readonly AlertEvent[];
}

/** What the trigger knows beyond the windows. */
export interface TriggerContext {
  /** Label delay of the replay, in events. */
  delay: number;
  rules: readonly AlertRule[];
  recentEvents?: number;
  /** `labelledTo` of this session's last retrain (0 when none). */
  lastLabelledTo: number;
  /** Windows at which alerts were raised that a retrain already answered. */
  handledRaises: readonly number[];
}

/** The alert raised most recently that is still active and matches `metric`, or null. */
function findActiveRaise(windows: readonly TriggerWindow[], metric: string | undefined) {
  const active = new Map<string, number>();
  for (const window of windows) {
    for (const event of window.alerts) {
      if (metric !== undefined && event.metric !== metric) continue;
      if (event.kind === 'raised') active.set(event.metric, event.window);
      else active.delete(event.metric);
    }
  }
  let latest: { metric: string; window: number } | null = null;
  for (const [name, window] of active) {
    if (!latest || window > latest.window) latest = { metric: name, window };
  }
  return latest;
}

/**
 * The trigger of `policy` after the last of `windows`, or null when it does not fire: manual
 * fires at once; on-alert once an active alert has `recentEvents` labels since its first
 * breaching window (one retrain per raised alert); every-N once N labels arrived since the last.
 */
export function computeRetrainTrigger(
  policy: RetrainPolicy,
  windows: readonly TriggerWindow[],
  context: TriggerContext,
): RetrainTrigger | null {
  const last = windows[windows.length - 1];
  if (!last) return null;
  const labelledTo = computeWindowLabels(last, context.delay).to;
  const recent = context.recentEvents ?? defaultRetrainSettings.recentEvents;
  if (policy.kind === 'manual') {
    return { reason: 'manual', window: last.index, metric: null, alertWindow: null, labelledTo };
  }
  if (policy.kind === 'every') {
    if (!(Number.isInteger(policy.labelled) && policy.labelled >= minRetrainEvents)) {
      throw new LabError(
        'INVALID_ARGUMENT',
        `every N labelled events needs N ≥ ${minRetrainEvents}`,
        {
          params: { field: 'labelled', reason: 'out_of_range' },
        },
      );
    }
    return labelledTo - context.lastLabelledTo >= policy.labelled
      ? { reason: 'labelled', window: last.index, metric: null, alertWindow: null, labelledTo }
      : null;
  }
  const raise = findActiveRaise(windows, policy.metric);
  if (!raise || context.handledRaises.includes(raise.window)) return null;
  const rule = context.rules.find((r) => r.metric === raise.metric);
  const firstBreach = raise.window - (rule?.raiseAfter ?? 1) + 1;
  const basis = windows.find((w) => w.index === firstBreach)?.start ?? 0;
  const since = Math.max(basis, context.lastLabelledTo);
  return labelledTo - since >= recent
    ? {
        reason: 'alert',
        window: last.index,
        metric: raise.metric,
        alertWindow: raise.window,
        labelledTo,
      }
    : null;
}

/**
 * The retrain's events: the `recentEvents` labelled events before `labelledTo` (positions
 * from…to−1), the latest `holdoutShare` of them held out; INVALID_ARGUMENT with too few.
 */
export function computeRetrainEvents(
  labelledTo: number,
  recentEvents: number,
  holdoutShare: number,
): { from: number; to: number; train: number; heldOut: number } {
  if (!(holdoutShare > 0 && holdoutShare < 1)) {
    throw new LabError('INVALID_ARGUMENT', 'the held-out share must be between 0 and 1', {
      params: { field: 'holdoutShare', reason: 'out_of_range' },
    });
  }
  const from = Math.max(0, labelledTo - recentEvents);
  const count = labelledTo - from;
  if (count < minRetrainEvents) {
    throw new LabError(
      'INVALID_ARGUMENT',
      `Only ${count} labelled events have arrived; a retrain needs at least ${minRetrainEvents}.`,
      { params: { field: 'events', reason: 'too-few-events', count, min: minRetrainEvents } },
    );
  }
  const heldOut = Math.max(1, Math.round(count * holdoutShare));
  return { from, to: labelledTo, train: count - heldOut, heldOut };
}
