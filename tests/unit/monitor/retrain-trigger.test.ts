import { describe, expect, it } from 'vitest';
import type { AlertEvent, AlertRule } from '../../../src/lifecycle/monitor/monitor-types';
import {
  computeRetrainEvents,
  computeRetrainTrigger,
  type TriggerWindow,
} from '../../../src/lifecycle/monitor/retrain-trigger';

/** Windows of 50 events; `alerts[i]` are the events of window i. */
function windows(count: number, alerts: Record<number, AlertEvent[]> = {}): TriggerWindow[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    start: index * 50,
    end: (index + 1) * 50,
    alerts: alerts[index] ?? [],
  }));
}

const rules: AlertRule[] = [
  { metric: 'accuracy', op: '<=', value: 0.6, raiseAfter: 2, clearAfter: 2 },
];
const raised = (window: number): AlertEvent => ({
  kind: 'raised',
  metric: 'accuracy',
  window,
  value: 0.4,
});
const context = { delay: 10, rules, recentEvents: 200, lastLabelledTo: 0, handledRaises: [] };

describe('when a retrain policy fires', () => {
  it('fires by hand at once, with the labels that have arrived', () => {
    const trigger = computeRetrainTrigger({ kind: 'manual' }, windows(4), context);
    expect(trigger).toEqual({
      reason: 'manual',
      window: 3,
      metric: null,
      alertWindow: null,
      labelledTo: 190,
    });
  });

  it('on an alert, waits until enough labels arrived since the first breaching window', () => {
    // Raised at window 6 after 2 breaching windows: the breach began at window 5 (event 250).
    const alerts = { 6: [raised(6)] };
    expect(computeRetrainTrigger({ kind: 'on-alert' }, windows(9, alerts), context)).toBeNull();
    // After window 9, labels reach 490: 240 since event 250.
    const trigger = computeRetrainTrigger({ kind: 'on-alert' }, windows(10, alerts), context);
    expect(trigger).toMatchObject({ reason: 'alert', window: 9, metric: 'accuracy' });
    expect(trigger?.alertWindow).toBe(6);
    expect(trigger?.labelledTo).toBe(490);
  });

  it('answers each raised alert once, and not an alert that has cleared', () => {
    const alerts = { 6: [raised(6)] };
    const handled = { ...context, handledRaises: [6] };
    expect(computeRetrainTrigger({ kind: 'on-alert' }, windows(12, alerts), handled)).toBeNull();
    const cleared = {
      6: [raised(6)],
      8: [{ kind: 'cleared' as const, metric: 'accuracy', window: 8, value: 0.8 }],
    };
    expect(computeRetrainTrigger({ kind: 'on-alert' }, windows(12, cleared), context)).toBeNull();
    const other = { 6: [{ ...raised(6), metric: 'dataset_drift_share' }] };
    const policy = { kind: 'on-alert' as const, metric: 'accuracy' };
    expect(computeRetrainTrigger(policy, windows(12, other), context)).toBeNull();
  });

  it('every N labelled events fires once N labels arrived since the last retrain', () => {
    const policy = { kind: 'every' as const, labelled: 300 };
    expect(computeRetrainTrigger(policy, windows(6), context)).toBeNull();
    expect(computeRetrainTrigger(policy, windows(7), context)?.labelledTo).toBe(340);
    const after = { ...context, lastLabelledTo: 340 };
    expect(computeRetrainTrigger(policy, windows(12), after)).toBeNull();
    expect(computeRetrainTrigger(policy, windows(13), after)?.labelledTo).toBe(640);
    expect(() =>
      computeRetrainTrigger({ kind: 'every', labelled: 5 }, windows(3), context),
    ).toThrow(/N ≥ 20/);
  });
});

describe('which events a retrain takes', () => {
  it('takes the most recent labelled events and holds out the latest share', () => {
    expect(computeRetrainEvents(490, 250, 0.3)).toEqual({
      from: 240,
      to: 490,
      train: 175,
      heldOut: 75,
    });
    expect(computeRetrainEvents(100, 250, 0.3)).toEqual({
      from: 0,
      to: 100,
      train: 70,
      heldOut: 30,
    });
  });

  it('refuses too few events and a held-out share outside (0, 1), saying why', () => {
    expect(() => computeRetrainEvents(12, 250, 0.3)).toThrow(/Only 12 labelled events/);
    expect(() => computeRetrainEvents(300, 250, 1)).toThrow(/between 0 and 1/);
  });
});
