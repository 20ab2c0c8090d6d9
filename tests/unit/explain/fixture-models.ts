/** The fixed-formula models of tests/fixtures/explain/make-fixtures.py, and its data, typed. */
import { readFileSync } from 'node:fs';
import type { ColumnTable, DatasetSchema } from '../../../src/lifecycle/data/types';

interface ReferenceDependence {
  feature: number;
  grid: number[];
  average: number[][];
  iceOutput: number;
  ice: number[][];
}
interface ReferenceImportance {
  metric: string;
  baseline: number;
  repeats: number;
  mean: number[];
  std: number[];
}
interface ReferenceTask {
  truth: number[];
  importance: ReferenceImportance;
  dependence: ReferenceDependence[];
}
/** The explain.json fixture. */
export interface ExplainFixture {
  columns: { x1: number[]; x2: number[]; x3: number[] };
  color: number[];
  colorDictionary: string[];
  classification: ReferenceTask;
  regression: ReferenceTask;
  histogram: { values: number[]; edges: number[]; counts: number[]; mean: number; std: number };
}

/** The fixture read from disk. */
export const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/explain/explain.json', import.meta.url), 'utf8'),
) as ExplainFixture;

/** Feature names in the fixture's column order. */
export const featureNames = ['x1', 'x2', 'x3', 'color'];

/** The fixture's features as a column table (color coded). */
export function fixtureTable(): ColumnTable {
  const { x1, x2, x3 } = fixture.columns;
  return {
    rowCount: x1.length,
    names: featureNames,
    columns: [
      { kind: 'numeric', values: Float64Array.from(x1) },
      { kind: 'numeric', values: Float64Array.from(x2) },
      { kind: 'numeric', values: Float64Array.from(x3) },
      { kind: 'coded', codes: Int32Array.from(fixture.color), dictionary: fixture.colorDictionary },
    ],
  };
}

/** The fixture's schema. */
export const fixtureSchema: DatasetSchema = {
  columns: [
    { name: 'x1', type: 'number', role: 'feature' },
    { name: 'x2', type: 'number', role: 'feature' },
    { name: 'x3', type: 'integer', role: 'feature' },
    { name: 'color', type: 'category', role: 'feature' },
  ],
  missingTokens: [],
};

function read(table: ColumnTable, j: number, row: number): number {
  const column = table.columns[j];
  if (column === undefined) throw new Error(`no column ${j}`);
  return column.kind === 'numeric' ? (column.values[row] ?? NaN) : (column.codes[row] ?? -1);
}

/** The three-class formula classifier: float32 probabilities, row-major. */
export async function classify(table: ColumnTable, rows: ArrayLike<number>): Promise<Float32Array> {
  const out = new Float32Array(rows.length * 3);
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] ?? 0;
    const [x1, x2, x3, c] = [0, 1, 2, 3].map((j) => read(table, j, r)) as [
      number,
      number,
      number,
      number,
    ];
    const z = [
      1.5 * x1 - 0.5 * x2 * x3,
      x2 + 0.8 * Number(c === 1),
      0.7 * x1 * x2 - 1.0 * Number(c === 2),
    ];
    const top = Math.max(...z);
    const e = z.map((v) => Math.exp(v - top));
    const sum = (e[0] ?? 0) + (e[1] ?? 0) + (e[2] ?? 0);
    e.forEach((v, o) => (out[i * 3 + o] = v / sum));
  }
  return Promise.resolve(out);
}

/** The formula regressor: one float32 output per row. */
export async function regress(table: ColumnTable, rows: ArrayLike<number>): Promise<Float32Array> {
  const out = new Float32Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] ?? 0;
    const [x1, x2, x3, c] = [0, 1, 2, 3].map((j) => read(table, j, r)) as [
      number,
      number,
      number,
      number,
    ];
    out[i] = 2 * x1 + Math.sin(3 * x2) + 0.5 * x3 * Number(c === 1) - Number(c === 2) * x1;
  }
  return Promise.resolve(out);
}

/** Accuracy of the classifier's argmax against the fixture's labels. */
export async function accuracy(table: ColumnTable, rows: ArrayLike<number>): Promise<number> {
  const p = await classify(table, rows);
  let right = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const row = [p[i * 3] ?? 0, p[i * 3 + 1] ?? 0, p[i * 3 + 2] ?? 0];
    if (row.indexOf(Math.max(...row)) === fixture.classification.truth[rows[i] ?? 0]) right += 1;
  }
  return right / rows.length;
}

/** R² of the regressor against the fixture's targets. */
export async function rSquared(table: ColumnTable, rows: ArrayLike<number>): Promise<number> {
  const p = await regress(table, rows);
  const y = Array.from(rows, (r) => fixture.regression.truth[r] ?? NaN);
  const mean = y.reduce((a, b) => a + b, 0) / y.length;
  const residual = y.reduce((a, v, i) => a + (v - (p[i] ?? NaN)) ** 2, 0);
  const spread = y.reduce((a, v) => a + (v - mean) ** 2, 0);
  return 1 - residual / spread;
}
