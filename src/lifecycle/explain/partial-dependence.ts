/** Partial dependence and ICE curves of one feature, by brute force over a grid. */
import { createRandom } from '../../shared/random';
import type { ColumnTable, DatasetSchema } from '../data/types';
import { computeCategoricalGrid, computeNumericGrid } from './dependence-grid';
import { gridPercentiles, gridResolution as defaultResolution, iceRowCount } from './defaults';
import type { Predict } from './predict';
import {
  computeColumn,
  computeColumnCopy,
  computeColumnData,
  computeColumnIndex,
  computeInvalidArgument,
  computeTableWithColumn,
} from './table-columns';
import type { PartialDependence } from './types';

/** Inputs of `computePartialDependence`. */
export interface DependenceOptions {
  table: ColumnTable;
  schema: DatasetSchema;
  /** Version rows averaged over. */
  rows: ArrayLike<number>;
  feature: string;
  predict: Predict;
  /** Output names (class labels, or the target for regression), one per predicted column. */
  outputs: string[];
  gridResolution?: number;
  percentiles?: readonly [number, number];
  /** Most rows drawn for ICE curves. */
  iceRows?: number;
  /** Output index of the ICE curves (default: the last, the positive class of a binary task). */
  iceOutput?: number;
  seed: number;
}

/** Positions 0..n-1 of a seeded sample of at most `size`, in ascending order (all when n ≤ size). */
export function computeSamplePositions(n: number, size: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return order;
  const random = createRandom(seed);
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
  return order.slice(0, size).sort((a, b) => a - b);
}

/** Partial dependence (averages per output) and ICE curves of `feature` over `rows`. */
export async function computePartialDependence(
  options: DependenceOptions,
): Promise<PartialDependence> {
  const { table, schema, rows, feature, predict, outputs, seed } = options;
  const k = outputs.length;
  const iceOutput = options.iceOutput ?? k - 1;
  if (!Number.isInteger(iceOutput) || iceOutput < 0 || iceOutput >= k) {
    throw computeInvalidArgument('iceOutput', 'out_of_range', 'iceOutput is not an output');
  }
  const index = computeColumnIndex(table, feature);
  const source = computeColumn(table, index);
  const type = schema.columns.find((c) => c.name === feature)?.type;
  const categorical =
    source.kind === 'coded' || type === 'category' || type === 'boolean' || type === 'text';
  const codes = categorical
    ? computeCategoricalGrid(source, rows)
    : computeNumericGrid(
        source.values,
        rows,
        options.gridResolution ?? defaultResolution,
        options.percentiles ?? gridPercentiles,
      );
  const icePositions = computeSamplePositions(rows.length, options.iceRows ?? iceRowCount, seed);
  const average: number[][] = outputs.map(() => []);
  const ice = icePositions.map((p) => ({ row: rows[p] ?? 0, values: [] as number[] }));
  const column = computeColumnCopy(source);
  const data = computeColumnData(column);
  const edited = computeTableWithColumn(table, index, column);
  for (const value of codes) {
    for (let i = 0; i < rows.length; i += 1) data[rows[i] ?? 0] = value;
    const predicted = await predict(edited, rows);
    if (predicted.length !== rows.length * k) {
      throw computeInvalidArgument('outputs', 'wrong_type', 'predictions do not match outputs');
    }
    for (let o = 0; o < k; o += 1) {
      let sum = 0;
      for (let i = 0; i < rows.length; i += 1) sum += predicted[i * k + o] ?? NaN;
      average[o]?.push(sum / rows.length);
    }
    icePositions.forEach((p, j) => ice[j]?.values.push(predicted[p * k + iceOutput] ?? NaN));
  }
  const grid =
    categorical && source.kind === 'coded' ? codes.map((c) => source.dictionary[c] ?? '') : codes;
  const kind = categorical ? 'categorical' : 'numeric';
  return { feature, kind, grid, average, outputs, ice, iceOutput };
}
