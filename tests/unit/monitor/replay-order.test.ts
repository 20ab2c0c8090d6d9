import { describe, expect, it } from 'vitest';
import type { ColumnTable, DatasetSchema } from '../../../src/lifecycle/data/types';
import { computeReplayOrder } from '../../../src/lifecycle/monitor/replay-order';
import { createStreamTable, streamSchema, thrownParams } from './scenario-fixture';

const timeSchema: DatasetSchema = {
  columns: [
    { name: 'when', type: 'datetime', role: 'time' },
    { name: 'kind', type: 'category', role: 'feature' },
  ],
  missingTokens: [],
};
const timeTable: ColumnTable = {
  rowCount: 6,
  names: ['when', 'kind'],
  columns: [
    { kind: 'numeric', values: Float64Array.from([30, NaN, 10, 30, 20, NaN]) },
    { kind: 'coded', codes: Int32Array.from([0, 0, 0, 0, 0, 0]), dictionary: ['k'] },
  ],
};

describe('replay order', () => {
  it('time order sorts by the time column, ties by row, missing times last', () => {
    const order = computeReplayOrder(timeTable, timeSchema, { order: 'time', seed: 1 });
    expect([...order]).toEqual([2, 4, 0, 3, 1, 5]);
  });

  it('time order of a subset of rows keeps only those rows', () => {
    const order = computeReplayOrder(timeTable, timeSchema, {
      order: 'time',
      seed: 1,
      rows: [5, 0, 4],
    });
    expect([...order]).toEqual([4, 0, 5]);
  });

  it('a shuffle is the same for the same seed and a permutation of the rows', () => {
    const table = createStreamTable(200);
    const a = computeReplayOrder(table, streamSchema, { order: 'shuffle', seed: 42 });
    const b = computeReplayOrder(table, streamSchema, { order: 'shuffle', seed: 42 });
    const c = computeReplayOrder(table, streamSchema, { order: 'shuffle', seed: 43 });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect([...a]).not.toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('a shuffle of chosen rows returns only those rows', () => {
    const table = createStreamTable(50);
    const rows = [3, 9, 27, 31, 44];
    const order = computeReplayOrder(table, streamSchema, { order: 'shuffle', seed: 5, rows });
    expect([...order].sort((x, y) => x - y)).toEqual(rows);
  });

  it('time order without a time column is refused as required', () => {
    const table = createStreamTable(10);
    const params = thrownParams(() =>
      computeReplayOrder(table, streamSchema, { order: 'time', seed: 1 }),
    );
    expect(params).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'timeColumn',
      reason: 'required',
    });
  });

  it('time order by a category column is refused naming the column', () => {
    const params = thrownParams(() =>
      computeReplayOrder(timeTable, timeSchema, { order: 'time', timeColumn: 'kind', seed: 1 }),
    );
    expect(params).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'wrong_type',
      column: 'kind',
    });
  });

  it('a row outside the table is refused', () => {
    const params = thrownParams(() =>
      computeReplayOrder(timeTable, timeSchema, { order: 'shuffle', seed: 1, rows: [0, 6] }),
    );
    expect(params).toMatchObject({ field: 'rows', reason: 'out_of_range' });
  });
});
