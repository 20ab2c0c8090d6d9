/**
 * The order in which a replay streams a dataset version's rows: by its time column, or a
 * seeded shuffle that the same seed always repeats.
 */
import { createRandom } from '../../shared/random';
import type { ColumnTable, DatasetSchema } from '../data/types';
import { computePermutation, computeSubSeed } from '../train/sub-seed';
import type { ReplayOrderOptions } from './monitor-types';
import { findScenarioColumn, invalidArgument, wrongColumnType } from './scenario-check';

/** Sub-seed tag of the replay shuffle (distinct from the scenario's draws). */
const shuffleTag = 1;

function checkedRows(table: ColumnTable, rows: ArrayLike<number> | undefined): Int32Array {
  if (rows === undefined) {
    const all = new Int32Array(table.rowCount);
    for (let i = 0; i < all.length; i++) all[i] = i;
    return all;
  }
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!(Number.isInteger(row) && row >= 0 && row < table.rowCount)) {
      throw invalidArgument('rows', 'out_of_range', `row ${row} is not a row of the table`);
    }
    out[i] = row;
  }
  return out;
}

/** Stream positions → table rows: ascending time (missing last, ties by row) or seeded shuffle. */
export function computeReplayOrder(
  table: ColumnTable,
  schema: DatasetSchema,
  options: ReplayOrderOptions,
): Int32Array {
  const rows = checkedRows(table, options.rows);
  if (options.order === 'shuffle') {
    const permutation = computePermutation(
      rows.length,
      createRandom(computeSubSeed(options.seed, shuffleTag)),
    );
    return permutation.map((p) => rows[p]!);
  }
  if (options.order !== 'time') {
    throw invalidArgument(
      'order',
      'not_allowed',
      `unknown replay order "${String(options.order)}"`,
    );
  }
  const name = options.timeColumn ?? schema.columns.find((column) => column.role === 'time')?.name;
  if (name === undefined) {
    throw invalidArgument('timeColumn', 'required', 'time order needs a time column');
  }
  const column = findScenarioColumn(table, schema, name, 'timeColumn');
  if (column.values.kind !== 'numeric') throw wrongColumnType(name, 'timeColumn', 'a time');
  const times = column.values.values;
  const key = (row: number): number => {
    const t = times[row] ?? Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return Int32Array.from(rows).sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ma = Number.isNaN(times[a] ?? Number.NaN);
    const mb = Number.isNaN(times[b] ?? Number.NaN);
    if (ma !== mb) return ma ? 1 : -1;
    return a - b;
  });
}
