import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lifecycle/monitor/monitor-types';
import { computeScenarioTable } from '../../../src/lifecycle/monitor/scenario-table';
import {
  codesOf,
  createStreamTable,
  identityOrder,
  meanOf,
  numbersOf,
  streamSchema,
  thrownParams,
} from './scenario-fixture';

const n = 10000;
const table = createStreamTable(n);
const order = identityOrder(n);
const labels = codesOf(table, 'label').codes;

describe('prior shift scenario', () => {
  const scenario: Scenario = {
    kind: 'prior',
    target: 'label',
    weights: { a: 0.8, b: 0.2 },
    onset: 0.5,
  };

  it('after the onset, label shares follow the weights 0.8 / 0.2 / 0', () => {
    const out = computeScenarioTable(table, streamSchema, order, scenario, 3);
    const after = codesOf(out.table, 'label').codes.subarray(n / 2);
    const share = (code: number): number => after.filter((c) => c === code).length / after.length;
    expect(share(0)).toBeCloseTo(0.8, 1);
    expect(Math.abs(share(0) - 0.8)).toBeLessThan(0.025);
    expect(share(2)).toBe(0);
  });

  it('events before the onset are unchanged and resampled events are whole real rows', () => {
    const out = computeScenarioTable(table, streamSchema, order, scenario, 3);
    const ids = numbersOf(out.table, 'id');
    expect([...ids.subarray(0, n / 2)]).toEqual([...numbersOf(table, 'id').subarray(0, n / 2)]);
    const outLabels = codesOf(out.table, 'label').codes;
    const x = numbersOf(out.table, 'x');
    for (let i = n / 2; i < n; i += 97) {
      const row = ids[i]!;
      expect(outLabels[i]).toBe(labels[row]);
      expect(x[i]).toBe(numbersOf(table, 'x')[row]);
    }
  });

  it('a weight for a label no event has is refused', () => {
    const bad: Scenario = { ...scenario, weights: { z: 1 } } as Scenario;
    expect(
      thrownParams(() => computeScenarioTable(table, streamSchema, order, bad, 3)),
    ).toMatchObject({
      field: 'weights',
      reason: 'not_allowed',
    });
  });
});

describe('concept drift scenario', () => {
  it('labels change only after the onset, each class to one other class, features untouched', () => {
    const scenario: Scenario = { kind: 'concept', target: 'label', onset: 0.3 };
    const out = computeScenarioTable(table, streamSchema, order, scenario, 9);
    expect(out.onset).toBe(3000);
    const changed = codesOf(out.table, 'label').codes;
    expect([...changed.subarray(0, 3000)]).toEqual([...labels.subarray(0, 3000)]);
    const mapping = new Map<number, number>();
    for (let i = 3000; i < n; i++) {
      expect(changed[i]).not.toBe(labels[i]);
      const seen = mapping.get(labels[i]!) ?? changed[i]!;
      expect(changed[i]).toBe(seen);
      mapping.set(labels[i]!, seen);
    }
    expect(new Set(mapping.values()).size).toBe(3);
    expect(numbersOf(out.table, 'x')).toEqual(numbersOf(table, 'x'));
  });

  it('a regression target is reflected around its mean after the onset', () => {
    const scenario: Scenario = { kind: 'concept', target: 'y', onset: 0.5 };
    const out = numbersOf(computeScenarioTable(table, streamSchema, order, scenario, 9).table, 'y');
    const y = numbersOf(table, 'y');
    const mean = meanOf(y);
    expect(out[4999]).toBe(y[4999]);
    expect(out[5000]).toBeCloseTo(2 * mean - y[5000]!, 9);
    expect(out[n - 1]).toBeCloseTo(2 * mean - y[n - 1]!, 9);
  });

  it('the same seed gives the same drifted stream', () => {
    const scenario: Scenario = {
      kind: 'prior',
      target: 'label',
      weights: { c: 1, a: 1 },
      onset: 0.1,
    };
    const a = computeScenarioTable(table, streamSchema, order, scenario, 21);
    const b = computeScenarioTable(table, streamSchema, order, scenario, 21);
    const c = computeScenarioTable(table, streamSchema, order, scenario, 22);
    const same = (u: Float64Array, v: Float64Array): boolean => u.every((x, i) => x === v[i]);
    expect(a.onset).toBe(b.onset);
    expect(same(numbersOf(a.table, 'id'), numbersOf(b.table, 'id'))).toBe(true);
    expect(same(numbersOf(a.table, 'id'), numbersOf(c.table, 'id'))).toBe(false);
  });
});
