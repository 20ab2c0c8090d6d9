import { describe, expect, it } from 'vitest';
import {
  computeKsTest,
  computePsi,
  computeWassersteinDistance,
  computeWassersteinNorm,
} from '../../../src/lifecycle/monitor';
import { LabError } from '../../../src/shared/lab-error';
import { expectClose, numericCases } from './drift-fixture';

describe('numeric drift statistics match scipy 1.10.1 and the numpy PSI', () => {
  it.each(numericCases)('ks_2samp on "$name" gives scipy statistic and p-value', (c) => {
    const result = computeKsTest(c.referenceValues, c.currentValues);
    expect(result.method).toBe(c.ks.method === 'exact' ? 'exact' : 'asymptotic');
    expectClose(result.statistic, c.ks.statistic, 1e-12);
    expectClose(result.pValue, c.ks.pValue, 1e-10);
  });

  it.each(numericCases)('wasserstein_distance on "$name" matches scipy', (c) => {
    expectClose(computeWassersteinDistance(c.referenceValues, c.currentValues), c.wasserstein);
    expectClose(computeWassersteinNorm(c.referenceValues, c.currentValues), c.wassersteinNorm);
  });

  it.each(numericCases)('psi on "$name" matches the numpy reference', (c) => {
    expectClose(computePsi(c.referenceValues, c.currentValues), c.psi, 1e-10, 1e-15);
  });

  it('a window with only missing values is refused as an invalid argument', () => {
    const error = (() => {
      try {
        computeKsTest([1, 2, 3], [NaN, NaN]);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(LabError);
    expect((error as LabError).params).toEqual({ field: 'current', reason: 'empty-window' });
  });
});
