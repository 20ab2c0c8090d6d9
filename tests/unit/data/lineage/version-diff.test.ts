import { describe, expect, it } from 'vitest';
import { computeColumnProfile } from '../../../../src/lifecycle/data/explore';
import { computeVersionDiff, type ProfiledVersion } from '../../../../src/lifecycle/data/lineage';
import type { ColumnRole, ColumnType } from '../../../../src/lifecycle/data/types';

const numeric = (
  name: string,
  values: number[],
  type: ColumnType = 'number',
  role: ColumnRole = 'feature',
) => ({
  name,
  type,
  role,
  profile: computeColumnProfile({ kind: 'numeric', values: Float64Array.from(values) }),
});
const coded = (
  name: string,
  codes: number[],
  dictionary: string[],
  role: ColumnRole = 'feature',
) => ({
  name,
  type: 'category' as const,
  role,
  profile: computeColumnProfile({ kind: 'coded', codes: Int32Array.from(codes), dictionary }),
});

const before: ProfiledVersion = {
  versionId: 'a',
  rows: 4,
  columns: [
    numeric('x', [1, Number.NaN, 3, Number.NaN]),
    coded('g', [0, 1, -1, 0], ['p', 'q'], 'target'),
    numeric('gone', [1, 2, 3, 4]),
  ],
};
const after: ProfiledVersion = {
  versionId: 'b',
  rows: 4,
  columns: [
    numeric('x', [1, 2, 3, 2]),
    coded('g', [0, 1, 1, 0], ['p', 'q'], 'feature'),
    numeric('new', [0, 0, 1, 1], 'integer'),
  ],
};

describe('computeVersionDiff', () => {
  it('lists added and removed columns and type or role changes', () => {
    const diff = computeVersionDiff(before, after);
    expect(diff.a).toBe('a');
    expect(diff.b).toBe('b');
    expect(diff.added).toEqual([{ name: 'new', type: 'integer', role: 'feature' }]);
    expect(diff.removed).toEqual([{ name: 'gone', type: 'number', role: 'feature' }]);
    expect(diff.changed).toEqual([
      {
        name: 'g',
        from: { type: 'category', role: 'target' },
        to: { type: 'category', role: 'feature' },
      },
    ]);
    expect(diff.rows).toEqual({ a: 4, b: 4, delta: 0 });
  });

  it('an imputed column shows its missing count going to 0 and its mean and std', () => {
    const x = computeVersionDiff(before, after).stats.find((s) => s.name === 'x')!;
    expect(x.missing).toEqual({ a: 2, b: 0, delta: -2 });
    expect(x.count).toEqual({ a: 2, b: 4, delta: 2 });
    expect(x.mean.a).toBe(2);
    expect(x.mean.b).toBe(2);
    expect(x.mean.delta).toBe(0);
    expect(x.std.a).toBeCloseTo(Math.SQRT2, 12);
    expect(x.std.b).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(x.changed).toBe(true);
  });

  it('coded columns have NaN mean and std, which count as unchanged', () => {
    const g = computeVersionDiff(before, after).stats.find((s) => s.name === 'g')!;
    expect(g.missing).toEqual({ a: 1, b: 0, delta: -1 });
    expect(Number.isNaN(g.mean.a) && Number.isNaN(g.mean.b)).toBe(true);
    expect(g.changed).toBe(true);
  });

  it('a version compared with itself has no changes', () => {
    const diff = computeVersionDiff(before, before);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.stats.map((s) => s.changed)).toEqual([false, false, false]);
  });

  it('row counts report the change b − a', () => {
    const diff = computeVersionDiff(before, { ...after, rows: 3 });
    expect(diff.rows).toEqual({ a: 4, b: 3, delta: -1 });
  });
});
