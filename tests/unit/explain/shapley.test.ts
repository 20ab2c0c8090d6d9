import { describe, expect, it } from 'vitest';
import type { ColumnTable } from '../../../src/lifecycle/data/types';
import {
  computeExactShapley,
  computeKernelShap,
  type CoalitionContext,
  type Predict,
} from '../../../src/lifecycle/explain';
import { createRandom } from '../../../src/shared/random';

/** Five numeric columns a..e and a coded column `shade` (dark, light), seeded. */
function makeTable(n: number, seed: number): ColumnTable {
  const random = createRandom(seed);
  const numeric = ['a', 'b', 'c', 'd', 'e'].map(() =>
    Float64Array.from({ length: n }, () => random() * 4 - 2),
  );
  const shade = Int32Array.from({ length: n }, () => (random() < 0.5 ? 0 : 1));
  return {
    rowCount: n,
    names: ['a', 'b', 'c', 'd', 'e', 'shade'],
    columns: [
      ...numeric.map((values) => ({ kind: 'numeric' as const, values })),
      { kind: 'coded', codes: shade, dictionary: ['dark', 'light'] },
    ],
  };
}

function cell(table: ColumnTable, j: number, r: number): number {
  const column = table.columns[j];
  if (column === undefined) return NaN;
  return column.kind === 'numeric' ? (column.values[r] ?? NaN) : (column.codes[r] ?? NaN);
}

/** A non-linear model with interactions and a category: a·b + sin(c)·d + 2·[light]·e, and its sigmoid. */
const predict: Predict = (table, rows) => {
  const out = new Float32Array(rows.length * 2);
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] ?? 0;
    const [a, b, c, d, e, s] = [0, 1, 2, 3, 4, 5].map((j) => cell(table, j, r)) as number[];
    const z = (a ?? 0) * (b ?? 0) + Math.sin(c ?? 0) * (d ?? 0) + 2 * Number(s === 1) * (e ?? 0);
    out[i * 2] = z;
    out[i * 2 + 1] = 1 / (1 + Math.exp(-z));
  }
  return Promise.resolve(out);
};

const table = makeTable(120, 11);
const features = ['a', 'b', 'c', 'd', 'e', 'shade'];
const context = (row: number, output = 0): CoalitionContext => ({
  table,
  row,
  background: Array.from({ length: 40 }, (_, i) => 60 + i),
  features,
  predict,
  output,
});

describe('local attributions', () => {
  it.each([0, 1, 2, 3])(
    'exact Shapley of row %i adds up: base + Σ contributions = prediction',
    async (row) => {
      for (const output of [0, 1]) {
        const result = await computeExactShapley(context(row, output));
        const [own] = await predict(table, [row]).then((p) => [p[output]]);
        expect(result.prediction).toBeCloseTo(own ?? NaN, 6);
        const sum = result.contributions.reduce((s, v) => s + v, result.baseValue);
        expect(Math.abs(sum - result.prediction)).toBeLessThan(1e-4);
      }
    },
  );

  it('exact Shapley of a product a·b against one background row splits the gain equally', async () => {
    // v(∅) = za·zb, v(a) = xa·zb, v(b) = za·xb, v(ab) = xa·xb; φ_a = ½(v(a) − v(∅)) + ½(v(ab) − v(b)).
    const product: Predict = (t, rows) =>
      Promise.resolve(Float32Array.from(rows, (r) => cell(t, 0, r) * cell(t, 1, r)));
    const result = await computeExactShapley({
      ...context(5),
      background: [9],
      features: ['a', 'b'],
      predict: product,
    });
    const [xa, xb, za, zb] = [
      cell(table, 0, 5),
      cell(table, 1, 5),
      cell(table, 0, 9),
      cell(table, 1, 9),
    ];
    expect(result.contributions[0]).toBeCloseTo(
      0.5 * (xa * xb - za * xb) + 0.5 * (xa * zb - za * zb),
      5,
    );
    expect(result.contributions[1]).toBeCloseTo(
      0.5 * (xa * xb - xa * zb) + 0.5 * (za * xb - za * zb),
      5,
    );
  });

  it('KernelSHAP with every coalition affordable equals exact Shapley', async () => {
    const exact = await computeExactShapley(context(7));
    const kernel = await computeKernelShap({ ...context(7), seed: 3 });
    expect(kernel.samples).toBe(2 ** 6 - 2);
    kernel.contributions.forEach((v, j) => expect(v).toBeCloseTo(exact.contributions[j] ?? NaN, 5));
  });

  it.each([1, 2, 3])(
    'sampled KernelSHAP of row %i adds up exactly and tracks exact Shapley',
    async (row) => {
      const exact = await computeExactShapley(context(row, 1));
      const kernel = await computeKernelShap({ ...context(row, 1), samples: 30, seed: 5 });
      expect(kernel.samples).toBeLessThanOrEqual(30);
      const sum = kernel.contributions.reduce((s, v) => s + v, kernel.baseValue);
      expect(Math.abs(sum - kernel.prediction)).toBeLessThan(1e-4);
      const gap = Math.max(
        ...kernel.contributions.map((v, j) => Math.abs(v - (exact.contributions[j] ?? NaN))),
      );
      const scale = Math.max(...exact.contributions.map(Math.abs));
      expect(gap).toBeLessThan(0.5 * scale);
    },
  );

  it('KernelSHAP is deterministic per seed', async () => {
    const first = await computeKernelShap({ ...context(4), samples: 24, seed: 9 });
    const again = await computeKernelShap({ ...context(4), samples: 24, seed: 9 });
    expect(again.contributions).toEqual(first.contributions);
  });

  it('exact Shapley refuses more than 12 features with INVALID_ARGUMENT', async () => {
    const many = Array.from({ length: 13 }, (_, i) => `f${i}`);
    const wide: ColumnTable = {
      rowCount: 2,
      names: many,
      columns: many.map(() => ({ kind: 'numeric', values: new Float64Array(2) })),
    };
    await expect(
      computeExactShapley({
        table: wide,
        row: 0,
        background: [1],
        features: many,
        predict,
        output: 0,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: { field: 'features', reason: 'out_of_range' },
    });
  });

  it('explaining leaves the input table untouched', async () => {
    const before = table.columns.map((c) =>
      c.kind === 'numeric' ? Array.from(c.values) : Array.from(c.codes),
    );
    await computeKernelShap({ ...context(2), samples: 20, seed: 1 });
    const after = table.columns.map((c) =>
      c.kind === 'numeric' ? Array.from(c.values) : Array.from(c.codes),
    );
    expect(after).toEqual(before);
  });
});
