import type { ColumnTable, DatasetSchema } from '../../../src/lifecycle/data/types';

const day = 86_400_000;

/** A small training table: every column type, a dictionary out of sorted order, a missing cell. */
export const trainSchema: DatasetSchema = {
  columns: [
    { name: 'age', type: 'number', role: 'feature' },
    { name: 'visits', type: 'integer', role: 'feature' },
    { name: 'plan', type: 'category', role: 'feature' },
    { name: 'vip', type: 'boolean', role: 'feature' },
    { name: 'joined', type: 'datetime', role: 'feature' },
    { name: 'churned', type: 'category', role: 'target' },
  ],
  missingTokens: [''],
};

/** Rows 0–4 are training rows; row 5 (plan "zeta", age 99) is not. */
export const trainRows = [0, 1, 2, 3, 4];

export const trainTable: ColumnTable = {
  rowCount: 6,
  names: ['age', 'visits', 'plan', 'vip', 'joined', 'churned'],
  columns: [
    { kind: 'numeric', values: new Float64Array([30, 45.5, NaN, 60, 22, 99]) },
    { kind: 'numeric', values: new Float64Array([1, 3, 2, 8, 0, 4]) },
    {
      kind: 'coded',
      codes: new Int32Array([0, 1, 0, 2, 1, 3]),
      dictionary: ['pro', 'basic', 'Team', 'zeta'],
    },
    { kind: 'numeric', values: new Float64Array([1, 0, 0, 1, 0, 1]) },
    {
      kind: 'numeric',
      values: new Float64Array([0, 10, 20, 30, 40, 50].map((d) => Date.UTC(2024, 0, 1) + d * day)),
    },
    { kind: 'coded', codes: new Int32Array([0, 1, 0, 1, 0, 1]), dictionary: ['no', 'yes'] },
  ],
};

/** The training rows 0, 1 and 3 as a request would send them. */
export const sameRows = [
  { age: 30, visits: 1, plan: 'pro', vip: true, joined: '2024-01-01' },
  { age: '45.5', visits: '3', plan: 'basic', vip: 'false', joined: '2024-01-11T00:00:00Z' },
  { age: 60, visits: 8, plan: 'Team', vip: 1, joined: Date.UTC(2024, 0, 31) },
];
