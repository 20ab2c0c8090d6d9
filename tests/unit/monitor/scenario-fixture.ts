/** A seeded stream table for the monitor's scenario tests: ids, a normal feature, classes. */
import type { ColumnTable, DatasetSchema } from '../../../src/lifecycle/data/types';
import { createRandom, drawNormal } from '../../../src/shared/random';

/** Schema of the fixture: id, x (number), n (integer), colour (category), label (category), y. */
export const streamSchema: DatasetSchema = {
  columns: [
    { name: 'id', type: 'integer', role: 'id' },
    { name: 'x', type: 'number', role: 'feature' },
    { name: 'n', type: 'integer', role: 'feature' },
    { name: 'colour', type: 'category', role: 'feature' },
    { name: 'label', type: 'category', role: 'target' },
    { name: 'y', type: 'number', role: 'feature' },
  ],
  missingTokens: [''],
};

/** `rows` rows: x ~ N(10, 2²), n = round(x), colour red/green/blue, label a/b/c, y = 3x + 1. */
export function createStreamTable(rows: number, seed = 7): ColumnTable {
  const random = createRandom(seed);
  const id = new Float64Array(rows);
  const x = new Float64Array(rows);
  const n = new Float64Array(rows);
  const colour = new Int32Array(rows);
  const label = new Int32Array(rows);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    id[i] = i;
    x[i] = 10 + 2 * drawNormal(random);
    n[i] = Math.round(x[i]!);
    colour[i] = i % 3;
    label[i] = Math.floor(random() * 3);
    y[i] = 3 * x[i]! + 1;
  }
  return {
    rowCount: rows,
    names: ['id', 'x', 'n', 'colour', 'label', 'y'],
    columns: [
      { kind: 'numeric', values: id },
      { kind: 'numeric', values: x },
      { kind: 'numeric', values: n },
      { kind: 'coded', codes: colour, dictionary: ['red', 'green', 'blue'] },
      { kind: 'coded', codes: label, dictionary: ['a', 'b', 'c'] },
      { kind: 'numeric', values: y },
    ],
  };
}

/** The identity stream order 0…n−1. */
export function identityOrder(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** Numeric values of a column by name. */
export function numbersOf(table: ColumnTable, name: string): Float64Array {
  const column = table.columns[table.names.indexOf(name)];
  if (column?.kind !== 'numeric') throw new Error(`${name} is not numeric`);
  return column.values;
}

/** Codes and dictionary of a coded column by name. */
export function codesOf(
  table: ColumnTable,
  name: string,
): { codes: Int32Array; dictionary: string[] } {
  const column = table.columns[table.names.indexOf(name)];
  if (column?.kind !== 'coded') throw new Error(`${name} is not coded`);
  return column;
}

/** Mean of values[from…to−1] (two-pass, independent of the code under test). */
export function meanOf(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i]!;
  return sum / (to - from);
}

/** The LabError params a call throws (fails the test when it does not throw). */
export function thrownParams(call: () => unknown): Record<string, unknown> & { code: string } {
  try {
    call();
  } catch (error) {
    const e = error as { code: string; params: Record<string, unknown> };
    return { code: e.code, ...e.params };
  }
  throw new Error('expected the call to throw');
}
