import { describe, expect, it } from 'vitest';
import {
  computeChiSquare,
  computeCorrelationF,
  computeUnivariateTest,
} from '../../../../src/lifecycle/data/importance';
import { columnNamed, expectClose } from '../explore/stats-fixture';
import { importanceCases } from './importance-reference';

describe('univariate tests match scikit-learn and scipy', () => {
  it.each(importanceCases)(
    '$label: statistic within 1e-9 and p-value within 1e-9 of the reference',
    ({ table, target, reference }) => {
      const result = computeUnivariateTest(
        columnNamed(table, reference.feature),
        columnNamed(table, target),
      );
      expect(result.test).toBe(reference.test);
      expect(result.df).toEqual(reference.df);
      expect(result.n).toBe(reference.n);
      expectClose(result.statistic, reference.statistic, 1e-9);
      expectClose(result.pValue, reference.pValue, 1e-9, 1e-300);
    },
  );
});

describe('univariate test edge cases', () => {
  it('a 2×2 table gets Yates’ correction by default, like chi2_contingency', () => {
    const a = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    const b = Int32Array.from([0, 0, 0, 1, 0, 1, 1, 1, 1, 1]);
    // scipy 1.10 chi2_contingency([[3, 1], [1, 5]]) -> 1.4062499999999996 (Yates-corrected)
    expect(computeChiSquare(a, b).statistic).toBeCloseTo(1.4062499999999996, 14);
    // ... with correction=False -> 3.4027777777777772
    expect(computeChiSquare(a, b, false).statistic).toBeCloseTo(3.4027777777777772, 14);
  });

  it('a constant feature gives F = 0 and p = 1 (f_regression force_finite)', () => {
    const result = computeCorrelationF(
      new Float64Array(5).fill(2),
      Float64Array.from([1, 2, 3, 4, 5]),
    );
    expect([result.statistic, result.pValue]).toEqual([0, 1]);
  });

  it('a single class leaves the ANOVA undefined (NaN), not an error', () => {
    const result = computeUnivariateTest(
      { kind: 'numeric', values: Float64Array.from([1, 2, 3]) },
      { kind: 'coded', codes: Int32Array.from([0, 0, 0]), dictionary: ['only'] },
    );
    expect(result.statistic).toBeNaN();
    expect(result.df).toEqual([0, 2]);
  });
});
