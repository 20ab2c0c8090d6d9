import { describe, expect, it } from 'vitest';
import { computeAppendedRows } from '../../../../src/lifecycle/data/recipe/append-rows';
import type { ColumnTable, DatasetSchema } from '../../../../src/lifecycle/data/types';

const schema: DatasetSchema = {
  columns: [
    { name: 'x', type: 'number', role: 'feature' },
    { name: 'kind', type: 'category', role: 'feature' },
    { name: 'split', type: 'category', role: 'ignore' },
  ],
  missingTokens: [''],
};
const base: ColumnTable = {
  rowCount: 2,
  names: ['x', 'kind', 'split'],
  columns: [
    { kind: 'numeric', values: Float64Array.from([1, 2]) },
    { kind: 'coded', codes: Int32Array.from([0, 1]), dictionary: ['a', 'b'] },
    { kind: 'coded', codes: Int32Array.from([0, 1]), dictionary: ['train', 'test'] },
  ],
};

describe('appending recent rows to a reference table', () => {
  it('matches columns by name, merges categories and marks the added rows as train', () => {
    const extra: ColumnTable = {
      rowCount: 3,
      names: ['kind', 'x', 'split'],
      columns: [
        { kind: 'coded', codes: Int32Array.from([0, -1, 1]), dictionary: ['c', 'a'] },
        { kind: 'numeric', values: Float64Array.from([5, Number.NaN, 7]) },
        { kind: 'coded', codes: Int32Array.from([1, 1, 1]), dictionary: ['train', 'test'] },
      ],
    };
    const out = computeAppendedRows(
      { schema, table: base },
      { schema, table: extra },
      {
        column: 'split',
        value: 'train',
      },
    );
    expect(out.rowCount).toBe(5);
    expect(out.names).toEqual(['x', 'kind', 'split']);
    expect(Array.from((out.columns[0] as { values: Float64Array }).values)).toEqual([
      1,
      2,
      5,
      Number.NaN,
      7,
    ]);
    const kind = out.columns[1] as { codes: Int32Array; dictionary: string[] };
    expect(kind.dictionary).toEqual(['a', 'b', 'c']);
    expect(Array.from(kind.codes)).toEqual([0, 1, 2, -1, 0]);
    const split = out.columns[2] as { codes: Int32Array; dictionary: string[] };
    expect(Array.from(split.codes, (c) => split.dictionary[c])).toEqual([
      'train',
      'test',
      'train',
      'train',
      'train',
    ]);
  });

  it('leaves a column the new rows lack missing', () => {
    const extra: ColumnTable = {
      rowCount: 1,
      names: ['x'],
      columns: [{ kind: 'numeric', values: Float64Array.from([9]) }],
    };
    const out = computeAppendedRows({ schema, table: base }, { schema, table: extra });
    expect(Array.from((out.columns[1] as { codes: Int32Array }).codes)).toEqual([0, 1, -1]);
  });

  it('refuses a column that is a number in one table and categories in the other, naming it', () => {
    const other: DatasetSchema = {
      columns: [{ name: 'x', type: 'category', role: 'feature' }],
      missingTokens: [''],
    };
    const extra: ColumnTable = {
      rowCount: 1,
      names: ['x'],
      columns: [{ kind: 'coded', codes: Int32Array.from([0]), dictionary: ['high'] }],
    };
    expect(() =>
      computeAppendedRows({ schema, table: base }, { schema: other, table: extra }),
    ).toThrow('Column "x" is number in the reference and category in the new rows.');
  });
});
