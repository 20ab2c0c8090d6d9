import { describe, expect, it } from 'vitest';
import { computeStandardDeviation } from '../../../src/lifecycle/monitor/scenario-covariate';
import { computeScenarioTable } from '../../../src/lifecycle/monitor/scenario-table';
import {
  createStreamTable,
  identityOrder,
  meanOf,
  numbersOf,
  streamSchema,
  thrownParams,
} from './scenario-fixture';

const n = 4000;
const table = createStreamTable(n);
const order = identityOrder(n);
const x = numbersOf(table, 'x');

/** Sample standard deviation by the two-pass formula. */
function sampleStd(values: Float64Array): number {
  const mean = meanOf(values);
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

describe('covariate shift scenario', () => {
  it('the standard deviation of 2,4,4,4,5,5,7,9 is sqrt(32/7) (sample, n − 1)', () => {
    const values = Float64Array.from([2, 4, 4, 4, 5, 5, 7, 9, NaN]);
    expect(computeStandardDeviation(values)).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('a sudden shift of 1.5 std at onset 0.5 moves the mean after the onset by 1.5 × std', () => {
    const scenario = {
      kind: 'covariate',
      pattern: 'sudden',
      columns: ['x'],
      shift: 1.5,
      onset: 0.5,
    } as const;
    const out = computeScenarioTable(table, streamSchema, order, scenario, 1);
    expect(out.onset).toBe(n / 2);
    const shifted = numbersOf(out.table, 'x');
    const std = sampleStd(x);
    expect(meanOf(shifted, 0, n / 2)).toBeCloseTo(meanOf(x, 0, n / 2), 12);
    expect(meanOf(shifted, n / 2) - meanOf(shifted, 0, n / 2)).toBeCloseTo(1.5 * std, 0);
    expect(meanOf(shifted, n / 2) - meanOf(x, n / 2)).toBeCloseTo(1.5 * std, 9);
    expect(numbersOf(out.table, 'y')).toEqual(numbersOf(table, 'y'));
  });

  it('a gradual shift ramps linearly from the onset to the full shift at the last event', () => {
    const scenario = {
      kind: 'covariate',
      pattern: 'gradual',
      columns: ['x'],
      shift: 2,
      onset: 0.25,
    } as const;
    const shifted = numbersOf(
      computeScenarioTable(table, streamSchema, order, scenario, 1).table,
      'x',
    );
    const step = 2 * sampleStd(x);
    const onset = n / 4;
    for (const i of [0, onset - 1, onset, onset + 1, 2000, n - 1]) {
      const expected = i < onset ? 0 : (i - onset + 1) / (n - onset);
      expect((shifted[i]! - x[i]!) / step).toBeCloseTo(expected, 9);
    }
  });

  it('a recurring shift with period 100 is on for 100 events, then off for 100', () => {
    const scenario = {
      kind: 'covariate',
      pattern: 'recurring',
      columns: ['x'],
      shift: 1,
      onset: 0.5,
      period: 100,
    } as const;
    const shifted = numbersOf(
      computeScenarioTable(table, streamSchema, order, scenario, 1).table,
      'x',
    );
    const on = (i: number): boolean => Math.abs(shifted[i]! - x[i]!) > 1e-9;
    expect(on(1999)).toBe(false);
    expect([2000, 2099, 2100, 2199, 2200, 3999].map(on)).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it('an integer column stays whole after the shift', () => {
    const scenario = {
      kind: 'covariate',
      pattern: 'sudden',
      columns: ['n'],
      shift: 0.7,
      onset: 0,
    } as const;
    const shifted = numbersOf(
      computeScenarioTable(table, streamSchema, order, scenario, 1).table,
      'n',
    );
    expect(shifted.every((v) => Number.isInteger(v))).toBe(true);
    expect(meanOf(shifted) - meanOf(numbersOf(table, 'n'))).toBeCloseTo(0.7 * 2, 0);
  });

  it('onset 1 leaves the stream unchanged and the input table is never mutated', () => {
    const copy = Float64Array.from(x);
    const scenario = {
      kind: 'covariate',
      pattern: 'sudden',
      columns: ['x'],
      shift: 3,
      onset: 1,
    } as const;
    const out = computeScenarioTable(table, streamSchema, order, scenario, 1);
    expect(out.onset).toBe(n);
    expect(numbersOf(out.table, 'x')).toEqual(x);
    expect(x).toEqual(copy);
  });

  it('an unknown column or a category column is refused naming the column', () => {
    const base = { kind: 'covariate', pattern: 'sudden', shift: 1, onset: 0.5 } as const;
    expect(
      thrownParams(() =>
        computeScenarioTable(table, streamSchema, order, { ...base, columns: ['nope'] }, 1),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', column: 'nope', reason: 'unknown_field' });
    expect(
      thrownParams(() =>
        computeScenarioTable(table, streamSchema, order, { ...base, columns: ['colour'] }, 1),
      ),
    ).toMatchObject({ column: 'colour', reason: 'wrong_type' });
    expect(
      thrownParams(() =>
        computeScenarioTable(
          table,
          streamSchema,
          order,
          { ...base, columns: ['x'], onset: 1.5 },
          1,
        ),
      ),
    ).toMatchObject({ field: 'onset', reason: 'out_of_range' });
  });
});
