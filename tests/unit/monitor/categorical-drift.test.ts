import { describe, expect, it } from 'vitest';
import {
  computeCategoryCounts,
  computeChiSquareContingency,
  computeChiSquareGoodnessOfFit,
  computeJensenShannon,
} from '../../../src/lifecycle/monitor';
import { categoricalCases, expectClose } from './drift-fixture';

describe('categorical drift statistics match scipy 1.10.1', () => {
  it.each(categoricalCases)('categories of "$name" are the union of both windows', (c) => {
    expect(computeCategoryCounts(c.reference, c.current).categories).toEqual(c.categories);
  });

  it.each(categoricalCases)('chisquare against reference shares on "$name" matches', (c) => {
    const result = computeChiSquareGoodnessOfFit(computeCategoryCounts(c.reference, c.current));
    if (c.chiSquare.statistic === null) expect(result.statistic).toBe(Infinity);
    else expectClose(result.statistic, c.chiSquare.statistic);
    expectClose(result.pValue, c.chiSquare.pValue, 1e-10);
  });

  it.each(categoricalCases)('chi2_contingency on "$name" matches', (c) => {
    const result = computeChiSquareContingency(computeCategoryCounts(c.reference, c.current));
    expect(result.dof).toBe(c.contingency.dof);
    expectClose(result.statistic, c.contingency.statistic);
    expectClose(result.pValue, c.contingency.pValue, 1e-10);
  });

  it.each(categoricalCases)('jensenshannon on "$name" matches', (c) => {
    const counts = computeCategoryCounts(c.reference, c.current);
    expectClose(computeJensenShannon(counts.reference, counts.current), c.jensenShannon);
  });
});
