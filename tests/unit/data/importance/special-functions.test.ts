import { describe, expect, it } from 'vitest';
import {
  computeChiSquareSurvival,
  computeDigamma,
  computeFSurvival,
  computeLogGamma,
  computeRegularizedBeta,
  computeRegularizedGamma,
} from '../../../../src/lifecycle/data/importance';
import { expectClose, readStatsJson } from '../explore/stats-fixture';

const reference = readStatsJson<{
  betainc: { a: number; b: number; x: number; value: number }[];
  gammainc: { a: number; x: number; lower: number; upper: number }[];
  gammaln: { x: number; value: number }[];
  digamma: { x: number; value: number }[];
  fSurvival: { d1: number; d2: number; f: number; value: number }[];
  chiSquareSurvival: { df: number; x: number; value: number }[];
}>('special-functions.json');

const tolerance = 1e-12;

describe('special functions match scipy.special', () => {
  it.each(reference.gammaln)('log-gamma of $x is $value', ({ x, value }) => {
    expectClose(computeLogGamma(x), value, tolerance, 1e-15);
  });

  it.each(reference.digamma)('digamma of $x is $value', ({ x, value }) => {
    expectClose(computeDigamma(x), value, tolerance, 1e-15);
  });

  it.each(reference.betainc)('regularized beta I_$x($a, $b) is $value', ({ a, b, x, value }) => {
    expectClose(computeRegularizedBeta(a, b, x), value, 1e-11, 1e-300);
  });

  it.each(reference.gammainc)('regularized gamma P, Q($a, $x)', ({ a, x, lower, upper }) => {
    const result = computeRegularizedGamma(a, x);
    expectClose(result.lower, lower, 1e-11, 1e-300);
    expectClose(result.upper, upper, 1e-11, 1e-300);
  });

  it.each(reference.fSurvival)(
    'F survival at $f with ($d1, $d2) is $value',
    ({ d1, d2, f, value }) => {
      expectClose(computeFSurvival(f, d1, d2), value, 1e-11, 1e-300);
    },
  );

  it.each(reference.chiSquareSurvival)('chi-square survival at $x with $df dof is $value', (c) => {
    expectClose(computeChiSquareSurvival(c.x, c.df), c.value, 1e-11, 1e-300);
  });

  it('out-of-domain arguments give NaN, not a throw', () => {
    expect(computeLogGamma(0)).toBeNaN();
    expect(computeRegularizedBeta(1, 1, 1.5)).toBeNaN();
    expect(computeFSurvival(NaN, 1, 2)).toBeNaN();
    expect(computeChiSquareSurvival(0, 3)).toBe(1);
  });
});
