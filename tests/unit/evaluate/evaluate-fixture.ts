/** The scikit-learn reference cases of tests/fixtures/evaluate/evaluate.json, typed. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ColumnValues } from '../../../src/lifecycle/data/types';

export interface ReferenceCurves {
  roc: { fpr: number[]; tpr: number[]; thresholds: number[] } | null;
  rocAuc: number | null;
  pr: { precision: number[]; recall: number[]; thresholds: number[] } | null;
  prAuc: number | null;
}
export interface ReferenceCalibration {
  bins: { bin: number; count: number; meanPredicted: number; fractionPositive: number }[];
  ece: number;
  sklearnFractionPositive: number[];
  sklearnMeanPredicted: number[];
}
export interface ReferenceSlices {
  column: string;
  edges: number[] | null;
  slices: { key: string | number; rows: number; metrics: Record<string, number | null> }[];
}
interface SideColumns {
  columns: { group: (string | null)[]; age: (number | null)[] };
  slices: ReferenceSlices[];
  worst: number[];
}
export interface ClassCase extends SideColumns {
  name: string;
  task: 'classification';
  labels: string[];
  truth: number[];
  probabilities: number[][];
  predicted: number[];
  metrics: Record<string, number | null>;
  confusion: number[][];
  perClass: ({
    precision: number;
    recall: number;
    f1: number;
    support: number;
  } & ReferenceCurves)[];
  calibration: { positive: ReferenceCalibration | null; top: ReferenceCalibration };
  fairness: {
    column: string;
    groups: {
      value: string;
      rows: number;
      selectionRate: number;
      truePositiveRate: number | null;
    }[];
    demographicParityDifference: number;
    equalOpportunityDifference: number | null;
  };
}
export interface ValueCase extends SideColumns {
  name: string;
  task: 'regression';
  truth: number[];
  predicted: number[];
  metrics: Record<string, number>;
  residualSummary: { mean: number; std: number; min: number; max: number };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/evaluate/evaluate.json', import.meta.url), 'utf8'),
) as { generator: string; cases: (ClassCase | ValueCase)[] };

/** The classification cases. */
export const classCases = fixture.cases.filter((c): c is ClassCase => c.task === 'classification');
/** The regression cases. */
export const valueCases = fixture.cases.filter((c): c is ValueCase => c.task === 'regression');

/** Row-major Float64Array of a case's probability rows. */
export function flatProbabilities(entry: ClassCase): Float64Array {
  return Float64Array.from(entry.probabilities.flat());
}

/** The case's `group` column as dictionary codes (dictionary in order of first appearance). */
export function groupColumn(entry: ClassCase | ValueCase): ColumnValues {
  const dictionary = [...new Set(entry.columns.group.filter((v): v is string => v !== null))];
  const codes = Int32Array.from(entry.columns.group, (v) =>
    v === null ? -1 : dictionary.indexOf(v),
  );
  return { kind: 'coded', codes, dictionary };
}

/** The case's `age` column as numbers with NaN for missing. */
export function ageColumn(entry: ClassCase | ValueCase): ColumnValues {
  return { kind: 'numeric', values: Float64Array.from(entry.columns.age, (v) => v ?? Number.NaN) };
}

/** Equal within `relative` × max(1, |expected|); null only where null is expected. */
export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  relative = 1e-12,
) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(
    relative * Math.max(1, Math.abs(expected)),
  );
}
