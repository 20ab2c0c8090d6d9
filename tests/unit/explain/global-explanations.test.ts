import { describe, expect, it } from 'vitest';
import type { ColumnTable } from '../../../src/lifecycle/data/types';
import {
  computeCoefficients,
  computeKernelShap,
  computePartialDependence,
  computePermutationImportance,
  type Predict,
} from '../../../src/lifecycle/explain';
import { createRandom, drawNormal } from '../../../src/shared/random';

const names = ['x0', 'x1', 'x2', 'x3', 'x4', 'x5'];
const n = 300;
const random = createRandom(20261123);
const synthetic: ColumnTable = {
  rowCount: n,
  names,
  columns: names.map(() => ({
    kind: 'numeric',
    values: Float64Array.from({ length: n }, () => drawNormal(random)),
  })),
};
const value = (t: ColumnTable, j: number, r: number): number => {
  const c = t.columns[j];
  return c?.kind === 'numeric' ? (c.values[r] ?? NaN) : NaN;
};
/** Only x1 and x2 matter: p(yes) = logistic(3·x1 − 2·x2). */
const predict: Predict = (t, rows) => {
  const out = new Float32Array(rows.length * 2);
  for (let i = 0; i < rows.length; i += 1) {
    const p = 1 / (1 + Math.exp(-(3 * value(t, 1, rows[i] ?? 0) - 2 * value(t, 2, rows[i] ?? 0))));
    out[i * 2] = 1 - p;
    out[i * 2 + 1] = p;
  }
  return Promise.resolve(out);
};
const truth = Array.from({ length: n }, (_, r) =>
  3 * value(synthetic, 1, r) - 2 * value(synthetic, 2, r) > 0 ? 1 : 0,
);
const accuracy = async (t: ColumnTable, rows: ArrayLike<number>): Promise<number> => {
  const p = await predict(t, rows);
  let right = 0;
  for (let i = 0; i < rows.length; i += 1)
    if (Number((p[i * 2 + 1] ?? 0) > 0.5) === truth[rows[i] ?? 0]) right += 1;
  return right / rows.length;
};
const rows = Array.from({ length: 200 }, (_, i) => i);
const options = {
  table: synthetic,
  rows,
  features: names,
  score: accuracy,
  metric: 'accuracy',
  seed: 4,
};

describe('global explanations on data where only x1 and x2 matter', () => {
  it('permutation importance ranks x1 and x2 first, the others near zero', async () => {
    const report = await computePermutationImportance(options);
    expect(
      report.features
        .slice(0, 2)
        .map((f) => f.feature)
        .sort(),
    ).toEqual(['x1', 'x2']);
    expect(report.baseline).toBe(1);
    for (const f of report.features.slice(2)) expect(f.mean).toBe(0);
    expect(report.features[0]?.mean).toBeGreaterThan(0.2);
  });

  it('mean |KernelSHAP attribution| over rows ranks x1 and x2 first', async () => {
    const total = new Array<number>(6).fill(0);
    for (const row of [200, 210, 220, 230, 240]) {
      const result = await computeKernelShap({
        table: synthetic,
        row,
        background: rows.slice(0, 30),
        features: names,
        predict,
        output: 1,
        samples: 40,
        seed: row,
      });
      result.contributions.forEach((c, j) => (total[j] = (total[j] ?? 0) + Math.abs(c)));
    }
    const ranked = names.map((f, j) => [f, total[j] ?? 0] as const).sort((a, b) => b[1] - a[1]);
    expect(
      ranked
        .slice(0, 2)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['x1', 'x2']);
  });

  it('permutation importance is the same for the same seed and leaves the table untouched', async () => {
    const before = synthetic.columns.map((c) => (c.kind === 'numeric' ? Array.from(c.values) : []));
    const first = await computePermutationImportance(options);
    const again = await computePermutationImportance(options);
    expect(again).toEqual(first);
    const other = await computePermutationImportance({ ...options, seed: 5 });
    expect(other.features.map((f) => f.drops)).not.toEqual(first.features.map((f) => f.drops));
    expect(
      synthetic.columns.map((c) => (c.kind === 'numeric' ? Array.from(c.values) : [])),
    ).toEqual(before);
  });
});

describe('partial dependence details', () => {
  const coded: ColumnTable = {
    rowCount: 6,
    names: ['size', 'w'],
    columns: [
      {
        kind: 'coded',
        codes: Int32Array.from([2, 0, -1, 2, 3, 0]),
        dictionary: ['S', 'M', 'L', 'XL'],
      },
      { kind: 'numeric', values: Float64Array.from([1, 2, 3, 4, 5, 6]) },
    ],
  };
  const bySize: Predict = (t, r) => {
    const c = t.columns[0];
    return Promise.resolve(
      Float32Array.from(r, (row) => (c?.kind === 'coded' ? (c.codes[row] ?? 0) * 10 : 0)),
    );
  };
  const schema = {
    columns: [{ name: 'size', type: 'category' as const, role: 'feature' as const }],
    missingTokens: [],
  };

  it('a categorical grid holds the categories present in the rows, in dictionary order', async () => {
    const result = await computePartialDependence({
      table: coded,
      schema,
      rows: [0, 1, 2, 3],
      feature: 'size',
      predict: bySize,
      outputs: ['y'],
      seed: 1,
    });
    expect(result.kind).toBe('categorical');
    expect(result.grid).toEqual(['S', 'L']);
    expect(result.average).toEqual([[0, 20]]);
    expect(Array.from(coded.columns[0]?.kind === 'coded' ? coded.columns[0].codes : [])).toEqual([
      2, 0, -1, 2, 3, 0,
    ]);
  });

  it('ICE curves follow a seeded sample of at most iceRows rows, reported by version row', async () => {
    const ask = {
      table: coded,
      schema,
      rows: [5, 4, 3, 1, 0],
      feature: 'size',
      predict: bySize,
      outputs: ['y'],
      iceRows: 2,
      seed: 3,
    };
    const first = await computePartialDependence(ask);
    expect(first.ice).toHaveLength(2);
    for (const curve of first.ice) expect([5, 4, 3, 1, 0]).toContain(curve.row);
    expect((await computePartialDependence(ask)).ice).toEqual(first.ice);
  });
});

describe('coefficients', () => {
  it('computeCoefficients reads a row-major inputs × outputs kernel', () => {
    const result = computeCoefficients(
      Float32Array.from([1, 2, 3, 4, 5, 6]),
      Float32Array.from([0.5, -1]),
      ['age', 'city = Seoul', 'city = Busan'],
      ['no', 'yes'],
    );
    expect(result.inputs).toEqual([
      { input: 'age', values: [1, 2] },
      { input: 'city = Seoul', values: [3, 4] },
      { input: 'city = Busan', values: [5, 6] },
    ]);
    expect(result.intercepts).toEqual([0.5, -1]);
    expect(result.outputs).toEqual(['no', 'yes']);
  });

  it('a kernel that does not fit the inputs is INVALID_ARGUMENT', () => {
    expect(() =>
      computeCoefficients(new Float32Array(5), new Float32Array(2), ['a', 'b', 'c'], ['no', 'yes']),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
