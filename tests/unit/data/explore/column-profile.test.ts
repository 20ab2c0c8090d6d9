import { describe, expect, it } from 'vitest';
import { computeColumnProfile } from '../../../../src/lifecycle/data/explore';
import {
  columnNamed,
  expectClose,
  readStatsJson,
  readStatsTable,
  type FixtureColumn,
  type FixtureTableName,
} from './stats-fixture';

interface NumericReference {
  count: number;
  missing: number;
  unique: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  skew: number | null;
  histograms: Record<'auto' | 'sturges' | 'fd', { edges: number[]; counts: number[] }>;
}

interface CodedReference {
  count: number;
  missing: number;
  unique: number;
  top: { value: string; count: number }[];
}

const reference = readStatsJson<{
  columns: Record<FixtureTableName, FixtureColumn[]>;
  profiles: Record<FixtureTableName, Record<string, NumericReference | CodedReference>>;
}>('profiles.json');

describe.each(['synthetic', 'penguins'] as const)('column profiles of %s match pandas', (name) => {
  const columns = reference.columns[name];
  const table = readStatsTable(name, columns);

  it.each(columns.filter((c) => c.kind === 'numeric').map((c) => c.name))(
    'numeric profile of %s matches describe(), nunique() and skew() within 1e-9',
    (column) => {
      const expected = reference.profiles[name][column] as NumericReference;
      const profile = computeColumnProfile(columnNamed(table, column));
      if (profile.kind !== 'numeric') throw new Error('expected a numeric profile');
      expect([profile.count, profile.missing, profile.unique]).toEqual([
        expected.count,
        expected.missing,
        expected.unique,
      ]);
      for (const key of ['mean', 'std', 'min', 'q1', 'median', 'q3', 'max', 'skew'] as const) {
        expectClose(profile[key], expected[key]);
      }
    },
  );

  it.each(
    columns
      .filter((c) => c.kind === 'numeric')
      .flatMap((c) => (['auto', 'sturges', 'fd'] as const).map((rule) => [c.name, rule] as const)),
  )('histogram of %s with rule %s matches numpy.histogram exactly', (column, rule) => {
    const expected = (reference.profiles[name][column] as NumericReference).histograms[rule];
    const profile = computeColumnProfile(columnNamed(table, column), {
      histogram: rule,
      maxBins: 10_000,
    });
    if (profile.kind !== 'numeric') throw new Error('expected a numeric profile');
    expect(profile.histogram.counts).toEqual(expected.counts);
    expect(profile.histogram.edges).toHaveLength(expected.edges.length);
    profile.histogram.edges.forEach((edge, i) => expectClose(edge, expected.edges[i]!, 1e-14));
  });

  it.each(columns.filter((c) => c.kind === 'coded').map((c) => c.name))(
    'coded profile of %s matches value_counts()',
    (column) => {
      const expected = reference.profiles[name][column] as CodedReference;
      const profile = computeColumnProfile(columnNamed(table, column), { topCount: 100 });
      expect(profile).toEqual({ kind: 'coded', ...expected });
    },
  );
});

describe('column profile edge cases', () => {
  it('an all-missing numeric column has count 0, NaN statistics and one empty bin', () => {
    const profile = computeColumnProfile({ kind: 'numeric', values: new Float64Array([NaN, NaN]) });
    expect(profile).toMatchObject({ kind: 'numeric', count: 0, missing: 2, unique: 0 });
    if (profile.kind !== 'numeric') throw new Error('expected a numeric profile');
    expect(profile.mean).toBeNaN();
    expect(profile.q1).toBeNaN();
    expect(profile.histogram).toEqual({ edges: [0, 1], counts: [0] });
  });

  it('a single value has std NaN (ddof 1), quartiles equal to it and a centred bin', () => {
    const profile = computeColumnProfile({ kind: 'numeric', values: new Float64Array([4]) });
    if (profile.kind !== 'numeric') throw new Error('expected a numeric profile');
    expect(profile.std).toBeNaN();
    expect([profile.min, profile.q1, profile.median, profile.q3, profile.max]).toEqual([
      4, 4, 4, 4, 4,
    ]);
    expect(profile.histogram).toEqual({ edges: [3.5, 4.5], counts: [1] });
  });

  it('maxBins caps a rule that asks for more bins', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 1e6 : i));
    const profile = computeColumnProfile({ kind: 'numeric', values }, { maxBins: 20 });
    if (profile.kind !== 'numeric') throw new Error('expected a numeric profile');
    expect(profile.histogram.counts).toHaveLength(20);
    expect(profile.histogram.counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('tied categories are ordered by value and unused dictionary entries are not counted', () => {
    const profile = computeColumnProfile({
      kind: 'coded',
      codes: Int32Array.from([2, 0, 2, 0, -1, 3]),
      dictionary: ['b', 'unused', 'a', 'c'],
    });
    expect(profile).toEqual({
      kind: 'coded',
      count: 5,
      missing: 1,
      unique: 3,
      top: [
        { value: 'a', count: 2 },
        { value: 'b', count: 2 },
        { value: 'c', count: 1 },
      ],
    });
  });

  it('a code outside the dictionary is rejected with INVALID_ARGUMENT and its row', () => {
    const column = { kind: 'coded' as const, codes: Int32Array.from([0, 5]), dictionary: ['a'] };
    expect(() => computeColumnProfile(column)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', row: 1 }),
    );
  });
});
