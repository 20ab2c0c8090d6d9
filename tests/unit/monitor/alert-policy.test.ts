import { describe, expect, it } from 'vitest';
import { createAlertState, updateAlerts } from '../../../src/lifecycle/monitor/alert-policy';
import type { AlertEvent, AlertRule } from '../../../src/lifecycle/monitor/monitor-types';
import { thrownParams } from './scenario-fixture';

const drift: AlertRule = { metric: 'drift', op: '>=', value: 0.5, raiseAfter: 3, clearAfter: 2 };

function run(rules: AlertRule[], series: (number | null)[], metric = 'drift'): AlertEvent[] {
  let state = createAlertState(rules);
  const events: AlertEvent[] = [];
  series.forEach((value, window) => {
    const next = updateAlerts(state, window, { [metric]: value });
    state = JSON.parse(JSON.stringify(next.state)) as typeof state;
    events.push(...next.events);
  });
  return events;
}

describe('alert policy', () => {
  it('an alert is raised once, at the third consecutive breaching window', () => {
    const events = run([drift], [0.1, 0.6, 0.7, 0.9, 0.8, 0.9, 0.7]);
    expect(events).toEqual([{ kind: 'raised', metric: 'drift', window: 3, value: 0.9 }]);
  });

  it('a healthy window resets the count towards raising', () => {
    expect(run([drift], [0.6, 0.6, 0.1, 0.6, 0.6])).toEqual([]);
  });

  it('alternating breaching and healthy windows never raise (no flapping)', () => {
    const rule = { ...drift, raiseAfter: 2 };
    expect(run([rule], [0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1])).toEqual([]);
  });

  it('a raised alert alternating around the threshold stays raised until 2 healthy windows', () => {
    const series = [0.9, 0.9, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.2];
    expect(run([drift], series)).toEqual([
      { kind: 'raised', metric: 'drift', window: 2, value: 0.9 },
      { kind: 'cleared', metric: 'drift', window: 8, value: 0.2 },
    ]);
  });

  it('after clearing, the alert can be raised again by new breaches', () => {
    const series = [0.9, 0.9, 0.9, 0.1, 0.1, 0.9, 0.9, 0.9];
    expect(run([drift], series).map((e) => `${e.kind}@${e.window}`)).toEqual([
      'raised@2',
      'cleared@4',
      'raised@7',
    ]);
  });

  it('windows without the metric leave the streaks unchanged', () => {
    expect(run([drift], [0.9, null, 0.9, null, 0.9]).map((e) => e.window)).toEqual([4]);
  });

  it('a <= rule breaches at or below its value, e.g. accuracy falling to 0.7', () => {
    const rule: AlertRule = { metric: 'acc', op: '<=', value: 0.7, raiseAfter: 1, clearAfter: 1 };
    expect(run([rule], [0.9, 0.7, 0.8], 'acc').map((e) => `${e.kind}@${e.window}`)).toEqual([
      'raised@1',
      'cleared@2',
    ]);
  });

  it('the state is plain JSON and the input state is not changed', () => {
    const state = createAlertState([drift]);
    const before = JSON.stringify(state);
    updateAlerts(state, 0, { drift: 0.9 });
    expect(JSON.stringify(state)).toBe(before);
    expect(JSON.parse(before)).toEqual(state);
  });

  it('a rule that raises after 0 windows is refused', () => {
    expect(thrownParams(() => createAlertState([{ ...drift, raiseAfter: 0 }]))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'rules.0.raiseAfter',
      reason: 'not_positive',
    });
  });
});
