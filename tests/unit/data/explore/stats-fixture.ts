/**
 * Test helper for the reference statistics in tests/fixtures/stats (made by make-fixtures.py):
 * reads the committed input CSVs into the columnar contract and the JSON references.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ColumnTable, ColumnValues } from '../../../../src/lifecycle/data/types';

const fixtureDirectory = new URL('../../../fixtures/stats/', import.meta.url);

/** A column as the fixture script declares it. */
export interface FixtureColumn {
  name: string;
  kind: 'numeric' | 'coded';
}

/** Which input table. */
export type FixtureTableName = 'synthetic' | 'penguins';

/** A JSON reference file from tests/fixtures/stats, parsed. */
export function readStatsJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, fixtureDirectory), 'utf8')) as T;
}

/**
 * One of the input CSVs as a ColumnTable: a deliberately tiny reader (no quoting; the script
 * writes none), "" = missing, numbers with `Number`, categories coded in order of appearance.
 */
export function readStatsTable(name: FixtureTableName, columns: FixtureColumn[]): ColumnTable {
  const text = readFileSync(new URL(`${name}.csv`, fixtureDirectory), 'utf8');
  if (text.includes('"')) throw new Error(`${name}.csv has quoted fields; extend the reader`);
  const [header, ...lines] = text.trimEnd().split('\n');
  const names = header!.split(',');
  const cells = lines.map((line) => line.split(','));
  const built = names.map((columnName, c): ColumnValues => {
    const kind = columns.find((column) => column.name === columnName)?.kind;
    if (kind === 'numeric') {
      return {
        kind,
        values: Float64Array.from(cells, (row) => (row[c] === '' ? NaN : Number(row[c]))),
      };
    }
    const dictionary: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = Int32Array.from(cells, (row) => {
      const cell = row[c]!;
      if (cell === '') return -1;
      if (!codeOf.has(cell)) codeOf.set(cell, dictionary.push(cell) - 1);
      return codeOf.get(cell)!;
    });
    return { kind: 'coded', codes, dictionary };
  });
  return { rowCount: cells.length, names, columns: built };
}

/** A column of a table by name. */
export function columnNamed(table: ColumnTable, name: string): ColumnValues {
  const column = table.columns[table.names.indexOf(name)];
  if (!column) throw new Error(`no column ${name}`);
  return column;
}

/**
 * Expects `actual` within `relative` of a JSON reference (null = NaN), or within `absolute` for
 * references near zero.
 */
export function expectClose(
  actual: number,
  expected: number | null,
  relative = 1e-9,
  absolute = 1e-12,
): void {
  if (expected === null) {
    expect(actual).toBeNaN();
    return;
  }
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  const tolerance = Math.max(absolute, relative * Math.abs(expected));
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
