import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lifecycle/monitor/monitor-types';
import { computeScenarioTable } from '../../../src/lifecycle/monitor/scenario-table';
import {
  codesOf,
  createStreamTable,
  identityOrder,
  numbersOf,
  streamSchema,
  thrownParams,
} from './scenario-fixture';

const n = 20000;
const table = createStreamTable(n);
const order = identityOrder(n);

describe('missing-value and unseen-category scenarios', () => {
  it('a missing surge of rate 0.3 from onset 0.5 blanks about 30% of later cells and none before', () => {
    const scenario: Scenario = { kind: 'missing', columns: ['x', 'colour'], rate: 0.3, onset: 0.5 };
    const out = computeScenarioTable(table, streamSchema, order, scenario, 4);
    const x = numbersOf(out.table, 'x');
    const colour = codesOf(out.table, 'colour').codes;
    expect(x.subarray(0, n / 2).some(Number.isNaN)).toBe(false);
    expect(colour.subarray(0, n / 2).includes(-1)).toBe(false);
    const xShare = x.subarray(n / 2).filter(Number.isNaN).length / (n / 2);
    const colourShare = colour.subarray(n / 2).filter((c) => c === -1).length / (n / 2);
    expect(Math.abs(xShare - 0.3)).toBeLessThan(0.02);
    expect(Math.abs(colourShare - 0.3)).toBeLessThan(0.02);
  });

  it('an unseen category of rate 0.1 appears in about 10% of events after the onset only', () => {
    const scenario: Scenario = {
      kind: 'unseen-category',
      column: 'colour',
      value: 'teal',
      rate: 0.1,
      onset: 0.25,
    };
    const out = computeScenarioTable(table, streamSchema, order, scenario, 4);
    const { codes, dictionary } = codesOf(out.table, 'colour');
    expect(dictionary).toEqual(['red', 'green', 'blue', 'teal']);
    expect(codes.subarray(0, n / 4).includes(3)).toBe(false);
    const share = codes.subarray(n / 4).filter((c) => c === 3).length / (n * 0.75);
    expect(Math.abs(share - 0.1)).toBeLessThan(0.015);
    expect(codesOf(table, 'colour').dictionary).toEqual(['red', 'green', 'blue']);
  });

  it('a category already known, or a number column, is refused for unseen categories', () => {
    const known: Scenario = {
      kind: 'unseen-category',
      column: 'colour',
      value: 'red',
      rate: 0.1,
      onset: 0,
    };
    const number: Scenario = {
      kind: 'unseen-category',
      column: 'x',
      value: 'red',
      rate: 0.1,
      onset: 0,
    };
    expect(
      thrownParams(() => computeScenarioTable(table, streamSchema, order, known, 1)),
    ).toMatchObject({
      field: 'value',
      reason: 'not_allowed',
    });
    expect(
      thrownParams(() => computeScenarioTable(table, streamSchema, order, number, 1)),
    ).toMatchObject({
      column: 'x',
      reason: 'wrong_type',
    });
  });

  it('a rate above 1 is refused', () => {
    const scenario: Scenario = { kind: 'missing', columns: ['x'], rate: 1.2, onset: 0 };
    expect(
      thrownParams(() => computeScenarioTable(table, streamSchema, order, scenario, 1)),
    ).toMatchObject({
      field: 'rate',
      reason: 'out_of_range',
    });
  });

  it('no scenario copies the rows in stream order with no onset', () => {
    const reversed = Int32Array.from({ length: 5 }, (_, i) => 4 - i);
    const out = computeScenarioTable(
      createStreamTable(5),
      streamSchema,
      reversed,
      { kind: 'none' },
      1,
    );
    expect(out.onset).toBeNull();
    expect([...numbersOf(out.table, 'id')]).toEqual([4, 3, 2, 1, 0]);
  });

  it('the same seed blanks the same cells; another seed blanks others', () => {
    const scenario: Scenario = { kind: 'missing', columns: ['x'], rate: 0.5, onset: 0 };
    const a = numbersOf(computeScenarioTable(table, streamSchema, order, scenario, 8).table, 'x');
    const b = numbersOf(computeScenarioTable(table, streamSchema, order, scenario, 8).table, 'x');
    const c = numbersOf(computeScenarioTable(table, streamSchema, order, scenario, 9).table, 'x');
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});
