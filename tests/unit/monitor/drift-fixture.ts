/** The scipy/numpy references of tests/fixtures/monitor/drift.json (make-fixtures.py). */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** One numeric window pair and scipy's statistics on it. */
export interface NumericCase {
  name: string;
  reference: (number | null)[];
  current: (number | null)[];
  ks: { statistic: number; pValue: number; method: 'exact' | 'asymp' };
  wasserstein: number;
  wassersteinNorm: number;
  psi: number;
}

/** One categorical window pair and scipy's statistics on it (statistic null = Infinity). */
export interface CategoricalCase {
  name: string;
  reference: string[];
  current: string[];
  categories: string[];
  chiSquare: { statistic: number | null; pValue: number };
  contingency: { statistic: number; pValue: number; dof: number };
  jensenShannon: number;
}

const drift = JSON.parse(
  readFileSync(new URL('../../fixtures/monitor/drift.json', import.meta.url), 'utf8'),
) as { numeric: NumericCase[]; categorical: CategoricalCase[] };

/** Numeric cases with missing values as NaN. */
export const numericCases = drift.numeric.map((c) => ({
  ...c,
  referenceValues: Float64Array.from(c.reference, (v) => v ?? NaN),
  currentValues: Float64Array.from(c.current, (v) => v ?? NaN),
}));

/** Categorical cases. */
export const categoricalCases = drift.categorical;

/** |actual − expected| ≤ relative · |expected| + absolute. */
export function expectClose(actual: number, expected: number, relative = 1e-10, absolute = 0) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + absolute);
}
