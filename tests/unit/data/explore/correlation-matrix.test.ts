import { describe, expect, it } from 'vitest';
import { computeCorrelationMatrix } from '../../../../src/lifecycle/data/explore';
import {
  columnNamed,
  expectClose,
  readStatsJson,
  readStatsTable,
  type FixtureColumn,
  type FixtureTableName,
} from './stats-fixture';

interface CorrelationReference {
  names: string[];
  pearson: (number | null)[][];
  spearman: (number | null)[][];
  counts: number[][];
}

const reference = readStatsJson<{
  columns: Record<FixtureTableName, FixtureColumn[]>;
  correlations: Record<FixtureTableName, CorrelationReference>;
}>('correlations.json');

describe.each(['synthetic', 'penguins'] as const)('correlations of %s match pandas', (name) => {
  const expected = reference.correlations[name];
  const table = readStatsTable(name, reference.columns[name]);
  const columns = expected.names.map((column) => {
    const values = columnNamed(table, column);
    if (values.kind !== 'numeric') throw new Error(`${column} is not numeric`);
    return values.values;
  });

  it.each(['pearson', 'spearman'] as const)(
    '%s with pairwise-complete rows matches DataFrame.corr() within 1e-9',
    (method) => {
      const matrix = computeCorrelationMatrix(columns, { method });
      expect(matrix.size).toBe(columns.length);
      expected[method].forEach((row, i) =>
        row.forEach((value, j) => expectClose(matrix.values[i * matrix.size + j]!, value)),
      );
      expect(Array.from(matrix.counts)).toEqual(expected.counts.flat());
    },
  );
});

describe('correlation edge cases', () => {
  it('perfectly related columns give ±1 and a constant column gives NaN', () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    const matrix = computeCorrelationMatrix([x, x.map((v) => 10 - 2 * v), new Float64Array(4)]);
    expect(Array.from(matrix.values.slice(0, 2))).toEqual([1, -1]);
    expect(matrix.values[2]).toBeNaN();
  });

  it('spearman averages tied ranks among the rows both columns have', () => {
    const x = Float64Array.from([1, 1, 2, NaN, 3]);
    const y = Float64Array.from([5, 6, 7, 100, 8]);
    const matrix = computeCorrelationMatrix([x, y], { method: 'spearman' });
    // ranks x = [1.5, 1.5, 3, 4], y = [1, 2, 3, 4]
    expect(matrix.values[1]).toBeCloseTo(0.9486832980505138, 14);
    expect(matrix.counts[1]).toBe(4);
  });

  it('minPeriods leaves sparse pairs as NaN', () => {
    const x = Float64Array.from([1, 2, NaN, NaN]);
    const y = Float64Array.from([NaN, 2, 3, 4]);
    const matrix = computeCorrelationMatrix([x, y], { minPeriods: 2 });
    expect(matrix.values[1]).toBeNaN();
    expect(matrix.counts[1]).toBe(1);
  });

  it('columns of different lengths are rejected with INVALID_ARGUMENT', () => {
    expect(() => computeCorrelationMatrix([new Float64Array(2), new Float64Array(3)])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
