import type { ColumnValues } from '../../src/lifecycle/data/types';
import { createRandom } from '../../src/shared/random';
import { LabError } from '../../src/shared/lab-error';
import type { LabStore } from '../../src/storage';
import { loadVersionTable } from './version-table';

/** What `sampleVersionPoints` takes: two numeric columns, an optional colour column, a budget. */
export interface ScatterRequest {
  dbName?: string;
  versionId: string;
  x: string;
  y: string;
  color?: string | null;
  /** Most points returned; larger tables give a seeded uniform sample (default 5,000). */
  maxPoints?: number;
  /** Seed of the sample (default 0). */
  seed?: number;
}

/** Points of a scatter plot: rows where x and y are both present, sampled when there are many. */
export interface VersionScatter {
  versionId: string;
  x: string;
  y: string;
  color: string | null;
  /** Rows where both x and y are present. */
  complete: number;
  /** Row index of each point, ascending. */
  rows: number[];
  xs: number[];
  ys: number[];
  /** The colour column's value per point (category text, or a number), null when missing. */
  colors: (string | number | null)[];
  /** Whether the colour column is categorical (`coded`) or numeric; null without one. */
  colorKind: 'coded' | 'numeric' | null;
  seed: number;
}

/** Default point budget of a scatter plot. */
export const defaultMaxPoints = 5000;

/**
 * Indices of rows where both columns are present; when more than `maxPoints`, a seeded uniform
 * sample of them (partial Fisher–Yates), returned in ascending order.
 */
export function computeScatterRows(
  xs: Float64Array,
  ys: Float64Array,
  maxPoints: number,
  seed: number,
): { complete: number; rows: number[] } {
  const complete: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isNaN(xs[i]!) && !Number.isNaN(ys[i]!)) complete.push(i);
  }
  if (complete.length <= maxPoints) return { complete: complete.length, rows: complete };
  const random = createRandom(seed);
  for (let i = 0; i < maxPoints; i++) {
    const j = i + Math.floor(random() * (complete.length - i));
    const swap = complete[i]!;
    complete[i] = complete[j]!;
    complete[j] = swap;
  }
  return {
    complete: complete.length,
    rows: complete.slice(0, maxPoints).sort((a, b) => a - b),
  };
}

function numericValues(column: ColumnValues, name: string): Float64Array {
  if (column.kind !== 'numeric') {
    throw new LabError('INVALID_ARGUMENT', `Column "${name}" is not numeric.`, {
      params: { field: name, reason: 'wrong_type' },
    });
  }
  return column.values;
}

function colorAt(column: ColumnValues, row: number): string | number | null {
  if (column.kind === 'coded') {
    const code = column.codes[row] ?? -1;
    return code < 0 ? null : (column.dictionary[code] ?? null);
  }
  const value = column.values[row] ?? Number.NaN;
  return Number.isNaN(value) ? null : value;
}

/** A seeded sample of (x, y, colour) points of a stored version. */
export async function sampleVersionPoints(
  store: LabStore,
  request: ScatterRequest,
): Promise<VersionScatter> {
  const { versionId, x, y } = request;
  const color = request.color ?? null;
  const maxPoints = request.maxPoints ?? defaultMaxPoints;
  const seed = request.seed ?? 0;
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new LabError('INVALID_ARGUMENT', 'scatter takes a maxPoints of at least 1', {
      params: { field: 'maxPoints', reason: 'not_positive' },
    });
  }
  const names = color === null ? [x, y] : [x, y, color];
  const { table } = await loadVersionTable(store, versionId, names);
  const column = (name: string) => table.columns[table.names.indexOf(name)]!;
  const xValues = numericValues(column(x), x);
  const yValues = numericValues(column(y), y);
  const { complete, rows } = computeScatterRows(xValues, yValues, maxPoints, seed);
  const colorColumn = color === null ? null : column(color);
  return {
    versionId,
    x,
    y,
    color,
    complete,
    rows,
    xs: rows.map((row) => xValues[row]!),
    ys: rows.map((row) => yValues[row]!),
    colors: rows.map((row) => (colorColumn ? colorAt(colorColumn, row) : null)),
    colorKind: colorColumn ? colorColumn.kind : null,
    seed,
  };
}
