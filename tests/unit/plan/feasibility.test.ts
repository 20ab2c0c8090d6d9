import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnTable } from '../../../src/lifecycle/data/types';
import { computeFeasibility, computeMissingShare } from '../../../src/lifecycle/plan';

interface FixtureCase {
  name: string;
  classes?: string[];
  fit: (string | number)[];
  score: (string | number)[];
  metrics: Record<string, number>;
}
const cases = (
  JSON.parse(
    readFileSync(new URL('../../fixtures/baseline/baseline.json', import.meta.url), 'utf8'),
  ) as { cases: FixtureCase[] }
).cases;
const byName = (name: string) => cases.find((c) => c.name === name)!;

/** A table of `target` then `split`: the fit rows (train), the scored rows (test), a missing target. */
function splitTable(entry: FixtureCase, coded: boolean): ColumnTable {
  const parts = [...entry.fit.map(() => 1), ...entry.score.map(() => 2), 0];
  const values = [...entry.fit, ...entry.score];
  const target: ColumnTable['columns'][number] = coded
    ? {
        kind: 'coded',
        codes: Int32Array.from([...values.map((v) => entry.classes!.indexOf(String(v))), -1]),
        dictionary: entry.classes!,
      }
    : { kind: 'numeric', values: Float64Array.from([...values.map(Number), Number.NaN]) };
  return {
    rowCount: parts.length,
    names: ['target', 'split'],
    columns: [
      target,
      { kind: 'coded', codes: Int32Array.from(parts), dictionary: ['validation', 'train', 'test'] },
    ],
  };
}

describe('computeFeasibility', () => {
  it('fits the majority class on the train split and scores it on the test split like scikit-learn', () => {
    const entry = byName('seeded three classes, train/test split');
    const table = splitTable(entry, true);
    const criteria = Object.keys(entry.metrics).map((metric) => ({
      metric,
      op: '>=' as const,
      value: 0.5,
    }));
    const result = computeFeasibility('v', table, [], {
      task: 'classification',
      target: 'target',
      criteria,
    });
    expect(result).toMatchObject({
      scoredOn: 'test-split',
      fitRows: entry.fit.length,
      scoredRows: entry.score.length,
    });
    for (const criterion of result.criteria) {
      expect(criterion.baseline).toBeCloseTo(entry.metrics[criterion.metric]!, 12);
      expect(criterion.passes).toBe(criterion.baseline! >= 0.5);
    }
  });

  it('fits the mean on the train split, so R² on the test split is below 0', () => {
    const entry = byName('seeded values, train/test split');
    const result = computeFeasibility(
      'v',
      splitTable(entry, false),
      [
        { name: 'target', type: 'number', role: 'target' },
        { name: 'split', type: 'category', role: 'feature' },
      ],
      { task: 'regression', target: 'target', criteria: [{ metric: 'r2', op: '>=', value: 0 }] },
    );
    expect(result.criteria[0]?.baseline).toBeCloseTo(entry.metrics['r2']!, 12);
    expect(result.criteria[0]?.passes).toBe(false);
    expect(result.targetSpread?.count).toBe(entry.fit.length + entry.score.length);
  });

  it('without a target it summarises the table and scores no criterion', () => {
    const table = splitTable(byName('seeded values'), false);
    const result = computeFeasibility('v', table, [], {
      task: 'regression',
      target: null,
      criteria: [{ metric: 'mae', op: '<=', value: 1 }],
    });
    expect(result).toMatchObject({ targetProblem: 'none-set', rows: table.rowCount, columns: 2 });
    expect(result.criteria[0]).toMatchObject({ baseline: null, passes: null, margin: null });
  });

  it('computeMissingShare counts NaN and code -1 cells over all cells', () => {
    const table: ColumnTable = {
      rowCount: 2,
      names: ['a', 'b'],
      columns: [
        { kind: 'numeric', values: Float64Array.from([1, Number.NaN]) },
        { kind: 'coded', codes: Int32Array.from([-1, 0]), dictionary: ['x'] },
      ],
    };
    expect(computeMissingShare(table)).toBe(0.5);
  });
});
