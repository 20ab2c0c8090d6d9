import { describe, expect, it } from 'vitest';
import { computeColumnDrift, computeDatasetDrift } from '../../../src/lifecycle/monitor';
import { categoricalCases, numericCases } from './drift-fixture';

const byName = <T extends { name: string }>(cases: T[], name: string): T =>
  cases.find((c) => c.name === name)!;

describe('per-column default drift test', () => {
  it('a numeric column with ≤ 1000 reference rows is judged by KS at p < 0.05', () => {
    const c = byName(numericCases, 'shifted mean');
    const drift = computeColumnDrift({
      column: 'x',
      kind: 'numeric',
      reference: c.referenceValues,
      current: c.currentValues,
    });
    expect(drift).toMatchObject({ column: 'x', test: 'ks', threshold: 0.05, drifted: true });
    expect(drift.pValue).toBeCloseTo(c.ks.pValue, 12);
  });

  it('a numeric column with > 1000 rows in both samples is judged by normed Wasserstein ≥ 0.1', () => {
    const shifted = byName(numericCases, 'large shift');
    const same = byName(numericCases, 'large same distribution');
    // Repeating the window keeps its distribution (and the distance) and makes it large.
    const large = (values: ArrayLike<number>) => {
      const copies = Math.ceil(1001 / values.length);
      return Float64Array.from(
        { length: values.length * copies },
        (_, i) => values[i % values.length]!,
      );
    };
    const drift = (c: typeof shifted) =>
      computeColumnDrift({
        column: 'x',
        kind: 'numeric',
        reference: c.referenceValues,
        current: large(c.currentValues),
      });
    expect(drift(shifted)).toMatchObject({ test: 'wasserstein-norm', pValue: null, drifted: true });
    expect(drift(shifted).statistic).toBeCloseTo(shifted.wassersteinNorm, 12);
    expect(drift(same)).toMatchObject({ test: 'wasserstein-norm', drifted: false });
    // A small window against the same large reference is judged by the KS test.
    const small = computeColumnDrift({
      column: 'x',
      kind: 'numeric',
      reference: shifted.referenceValues,
      current: Array.from(shifted.currentValues).slice(0, 50),
    });
    expect(small.test).toBe('ks');
  });

  it('a categorical column with a new category drifts by chi-square (p = 0)', () => {
    const c = byName(categoricalCases, 'new category');
    const drift = computeColumnDrift({ column: 'c', kind: 'categorical', ...c });
    expect(drift).toMatchObject({
      test: 'chi-square',
      statistic: Infinity,
      pValue: 0,
      drifted: true,
    });
  });

  it('a categorical column with > 1000 rows in both samples is judged by Jensen–Shannon ≥ 0.1', () => {
    const c = byName(categoricalCases, 'shifted shares');
    const times = (values: readonly (string | null)[]) =>
      Array.from({ length: Math.ceil(1001 / values.length) }, () => values).flat();
    const drift = computeColumnDrift({
      column: 'c',
      kind: 'categorical',
      reference: times(c.reference),
      current: times(c.current),
    });
    expect(drift).toMatchObject({ test: 'jensen-shannon', pValue: null, threshold: 0.1 });
    // Repeating both windows keeps their shares, so the distance is the fixture's.
    expect(drift.statistic).toBeCloseTo(c.jensenShannon, 12);
    expect(drift.drifted).toBe(c.jensenShannon >= 0.1);
  });
});

describe('dataset drift', () => {
  const column = (drifted: boolean) => ({
    column: 'x',
    test: 'ks' as const,
    statistic: 0,
    pValue: 1,
    threshold: 0.05,
    drifted,
  });

  it('two drifted columns of four reach the default share of one half', () => {
    const columns = [column(true), column(true), column(false), column(false)];
    expect(computeDatasetDrift(columns)).toEqual({ driftedShare: 0.5, drifted: true });
  });

  it('one drifted column of three stays under one half but reaches a share of 0.3', () => {
    const columns = [column(true), column(false), column(false)];
    expect(computeDatasetDrift(columns).drifted).toBe(false);
    expect(computeDatasetDrift(columns, 0.3).drifted).toBe(true);
  });

  it('no columns means no drift', () => {
    expect(computeDatasetDrift([])).toEqual({ driftedShare: 0, drifted: false });
  });
});
