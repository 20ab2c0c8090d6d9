import { describe, expect, it } from 'vitest';
import {
  computeLabelArrival,
  computeLabelledCount,
  computeWindowLabels,
  computeWindowPlan,
} from '../../../src/lifecycle/monitor/window-plan';
import { thrownParams } from './scenario-fixture';

describe('window plan', () => {
  it('25 events in windows of 10 drop the last partial window by default', () => {
    expect(computeWindowPlan(25, 10)).toEqual([
      { index: 0, start: 0, end: 10 },
      { index: 1, start: 10, end: 20 },
    ]);
  });

  it('keeping the partial window adds the last 5 events as a third window', () => {
    expect(computeWindowPlan(25, 10, 'keep').at(-1)).toEqual({ index: 2, start: 20, end: 25 });
    expect(computeWindowPlan(30, 10, 'keep')).toHaveLength(3);
  });

  it('a window size of 0 is refused', () => {
    expect(thrownParams(() => computeWindowPlan(25, 0))).toMatchObject({
      field: 'size',
      reason: 'not_positive',
    });
  });

  it('the label of event 5 with delay 3 arrives at event 8', () => {
    expect(computeLabelArrival(5, 3)).toBe(8);
    expect(computeLabelArrival(5, 0)).toBe(5);
    expect(thrownParams(() => computeLabelArrival(5, -1))).toMatchObject({ field: 'delay' });
  });

  it('a window holds exactly the events whose labels arrive inside it', () => {
    const windows = computeWindowPlan(57, 10, 'keep');
    for (const delay of [0, 3, 10, 25, 80]) {
      for (const window of windows) {
        const expected: number[] = [];
        for (let i = 0; i < 57; i++) {
          const arrival = computeLabelArrival(i, delay);
          if (arrival >= window.start && arrival < window.end) expected.push(i);
        }
        const { from, to } = computeWindowLabels(window, delay);
        const got = Array.from({ length: to - from }, (_, k) => from + k);
        expect(got).toEqual(expected);
      }
    }
  });

  it('with delay 3, the labels known after event 9 are those of events 0 to 6', () => {
    expect(computeLabelledCount(9, 3)).toBe(7);
    expect(computeLabelledCount(1, 3)).toBe(0);
  });
});
