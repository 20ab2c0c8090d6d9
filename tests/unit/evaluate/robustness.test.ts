import { describe, expect, it } from 'vitest';
import type { ColumnTable, DatasetSchema } from '../../../src/lifecycle/data/types';
import { computePerturbedTable, robustnessLevels } from '../../../src/lifecycle/evaluate';

const n = 4000;
const schema: DatasetSchema = {
  columns: [
    { name: 'size', type: 'number', role: 'feature' },
    { name: 'colour', type: 'category', role: 'feature' },
    { name: 'label', type: 'category', role: 'target' },
  ],
  missingTokens: [''],
};
function makeTable(): ColumnTable {
  const size = Float64Array.from({ length: n }, (_, i) => (i % 10 === 0 ? NaN : i / 100));
  const colour = Int32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -1 : i % 3));
  const label = Int32Array.from({ length: n }, (_, i) => i % 2);
  return {
    rowCount: n,
    names: ['size', 'colour', 'label'],
    columns: [
      { kind: 'numeric', values: size },
      { kind: 'coded', codes: colour, dictionary: ['red', 'green', 'blue'] },
      { kind: 'coded', codes: label, dictionary: ['no', 'yes'] },
    ],
  };
}
const features = ['size', 'colour'];
const spreads = { size: 2 };

function numeric(table: ColumnTable, i: number): Float64Array {
  const column = table.columns[i]!;
  if (column.kind !== 'numeric') throw new Error('expected numbers');
  return column.values;
}
function codes(table: ColumnTable, i: number): Int32Array {
  const column = table.columns[i]!;
  if (column.kind !== 'coded') throw new Error('expected codes');
  return column.codes;
}

describe('computePerturbedTable', () => {
  it('the same seed gives the same table and another seed a different one', () => {
    for (const kind of ['gaussian-noise', 'missing', 'category-swap'] as const) {
      const a = computePerturbedTable(
        makeTable(),
        schema,
        features,
        { kind, strength: 0.25 },
        9,
        spreads,
      );
      const b = computePerturbedTable(
        makeTable(),
        schema,
        features,
        { kind, strength: 0.25 },
        9,
        spreads,
      );
      const c = computePerturbedTable(
        makeTable(),
        schema,
        features,
        { kind, strength: 0.25 },
        10,
        spreads,
      );
      expect(a).toEqual(b);
      expect(a).not.toEqual(c);
    }
  });

  it('never changes the input table', () => {
    const table = makeTable();
    for (const kind of ['gaussian-noise', 'missing', 'category-swap'] as const) {
      computePerturbedTable(table, schema, features, { kind, strength: 0.5 }, 1, spreads);
    }
    expect(table).toEqual(makeTable());
  });

  it('gaussian noise has standard deviation strength × spread and leaves missing cells missing', () => {
    const table = makeTable();
    const out = computePerturbedTable(
      table,
      schema,
      features,
      { kind: 'gaussian-noise', strength: 0.5 },
      3,
      spreads,
    );
    const before = numeric(table, 0);
    const after = numeric(out, 0);
    const noise: number[] = [];
    before.forEach((v, i) => {
      if (Number.isNaN(v)) expect(after[i]).toBeNaN();
      else noise.push(after[i]! - v);
    });
    const mean = noise.reduce((s, v) => s + v, 0) / noise.length;
    const std = Math.sqrt(noise.reduce((s, v) => s + (v - mean) ** 2, 0) / noise.length);
    // 3600 draws: the sample std of N(0, 1) is within 5 % with overwhelming probability.
    expect(std).toBeGreaterThan(0.95);
    expect(std).toBeLessThan(1.05);
    expect(codes(out, 1)).toEqual(codes(table, 1));
  });

  it('missing sets about `strength` of the feature cells missing and leaves the target alone', () => {
    const table = makeTable();
    const out = computePerturbedTable(
      table,
      schema,
      features,
      { kind: 'missing', strength: 0.25 },
      4,
      spreads,
    );
    const presentBefore = codes(table, 1).filter((c) => c >= 0).length;
    const newlyMissing = codes(out, 1).filter(
      (c, i) => c === -1 && codes(table, 1)[i]! >= 0,
    ).length;
    expect(newlyMissing / presentBefore).toBeGreaterThan(0.22);
    expect(newlyMissing / presentBefore).toBeLessThan(0.28);
    expect(numeric(out, 0).filter(Number.isNaN).length).toBeGreaterThan(
      numeric(table, 0).filter(Number.isNaN).length,
    );
    expect(out.columns[2]).toBe(table.columns[2]);
  });

  it('category swap always picks a different category, about `strength` of the cells, all of them', () => {
    const table = makeTable();
    const out = computePerturbedTable(
      table,
      schema,
      features,
      { kind: 'category-swap', strength: 0.5 },
      5,
      spreads,
    );
    const before = codes(table, 1);
    const after = codes(out, 1);
    const changed = [0, 0, 0];
    let swapped = 0;
    after.forEach((c, i) => {
      if (before[i] === -1) expect(c).toBe(-1);
      else if (c !== before[i]) {
        swapped += 1;
        changed[c]! += 1;
      }
    });
    const present = before.filter((c) => c >= 0).length;
    expect(swapped / present).toBeGreaterThan(0.46);
    expect(swapped / present).toBeLessThan(0.54);
    expect(Math.min(...changed)).toBeGreaterThan(0);
    expect(numeric(out, 0)).toEqual(numeric(table, 0));
  });

  it('a share above 1, a negative strength or a missing spread is an INVALID_ARGUMENT LabError', () => {
    const table = makeTable();
    const run =
      (kind: 'missing' | 'gaussian-noise', strength: number, s: Record<string, number>) => () =>
        computePerturbedTable(table, schema, features, { kind, strength }, 1, s);
    for (const bad of [
      run('missing', 1.5, spreads),
      run('gaussian-noise', -1, spreads),
      run('gaussian-noise', 1, {}),
    ]) {
      expect(bad).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });

  it('an unknown column is a SCHEMA_MISMATCH LabError', () => {
    expect(() =>
      computePerturbedTable(
        makeTable(),
        schema,
        ['weight'],
        { kind: 'missing', strength: 0.1 },
        1,
        spreads,
      ),
    ).toThrow(expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'weight' }));
  });

  it('the default levels are noise 0.1–1 SD and shares of 10–50 %', () => {
    expect(robustnessLevels['gaussian-noise']).toEqual([0.1, 0.25, 0.5, 1]);
    expect(robustnessLevels.missing).toEqual([0.1, 0.25, 0.5]);
    expect(robustnessLevels['category-swap']).toEqual([0.1, 0.25, 0.5]);
  });
});
