/** Masked tables of local explanations: one row per coalition × background row. */
import type { ColumnTable, ColumnValues } from '../data/types';
import { maxBatchRows } from './defaults';
import type { Predict } from './predict';
import { computeColumnIndex } from './table-columns';

/** What a coalition value needs: the explained row, its background and the model. */
export interface CoalitionContext {
  table: ColumnTable;
  /** The explained version row. */
  row: number;
  /** Background version rows. */
  background: readonly number[];
  /** Source columns attributed (the players). */
  features: string[];
  predict: Predict;
  /** Index of the explained output (class or value). */
  output: number;
}

/**
 * A table of masks.length × background.length rows (coalition-major): feature j comes from the
 * explained row where masks[c][j] is 1, else from the background row; columns that are not
 * features always come from the explained row.
 */
export function computeMaskedTable(
  context: Omit<CoalitionContext, 'predict' | 'output'>,
  masks: readonly Uint8Array[],
): ColumnTable {
  const { table, row, background } = context;
  const b = background.length;
  const rowCount = masks.length * b;
  const featureOf = new Map(context.features.map((f, j) => [computeColumnIndex(table, f), j]));
  const columns = table.columns.map((column, index): ColumnValues => {
    const j = featureOf.get(index);
    const source = column.kind === 'numeric' ? column.values : column.codes;
    const out = column.kind === 'numeric' ? new Float64Array(rowCount) : new Int32Array(rowCount);
    const own = source[row] ?? NaN;
    for (let c = 0; c < masks.length; c += 1) {
      const fromRow = j === undefined || masks[c]?.[j] === 1;
      for (let r = 0; r < b; r += 1) {
        out[c * b + r] = fromRow ? own : (source[background[r] ?? 0] ?? NaN);
      }
    }
    return column.kind === 'numeric'
      ? { kind: 'numeric', values: out as Float64Array }
      : { kind: 'coded', codes: out as Int32Array, dictionary: column.dictionary };
  });
  return { rowCount, names: table.names, columns };
}

/**
 * The value v(S) of each coalition: the mean over background rows of the explained output with
 * the coalition's features from the explained row. Batched to at most `maxBatchRows` per call.
 */
export async function computeCoalitionValues(
  context: CoalitionContext,
  masks: readonly Uint8Array[],
): Promise<Float64Array> {
  const b = context.background.length;
  const perBatch = Math.max(1, Math.floor(maxBatchRows / Math.max(b, 1)));
  const values = new Float64Array(masks.length);
  for (let start = 0; start < masks.length; start += perBatch) {
    const batch = masks.slice(start, start + perBatch);
    const masked = computeMaskedTable(context, batch);
    const rows = Array.from({ length: masked.rowCount }, (_, i) => i);
    const predicted = await context.predict(masked, rows);
    const k = predicted.length / Math.max(masked.rowCount, 1);
    for (let c = 0; c < batch.length; c += 1) {
      let sum = 0;
      for (let r = 0; r < b; r += 1) sum += predicted[(c * b + r) * k + context.output] ?? NaN;
      values[start + c] = sum / b;
    }
  }
  return values;
}
