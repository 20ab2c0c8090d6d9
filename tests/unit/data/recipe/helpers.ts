import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { RecipeTable } from '../../../../src/lifecycle/data/recipe';
import type { ColumnSchema, ColumnType, ColumnValues } from '../../../../src/lifecycle/data/types';

/** One column for `makeTable`: numbers (null = missing) or texts (null = missing). */
export type Cells = (number | null)[] | (string | null)[];

/** A table from columns of cells; text columns become category codes (first-seen order). */
export function makeTable(
  columns: Record<string, Cells>,
  types: Record<string, ColumnType> = {},
): RecipeTable {
  const names = Object.keys(columns);
  const values: ColumnValues[] = [];
  const schema: ColumnSchema[] = [];
  for (const name of names) {
    const cells = columns[name]!;
    const text = cells.some((cell) => typeof cell === 'string');
    if (text) {
      const dictionary: string[] = [];
      const codes = Int32Array.from(cells as (string | null)[], (cell) => {
        if (cell === null) return -1;
        const at = dictionary.indexOf(String(cell));
        return at >= 0 ? at : dictionary.push(String(cell)) - 1;
      });
      values.push({ kind: 'coded', codes, dictionary });
    } else {
      values.push({
        kind: 'numeric',
        values: Float64Array.from(cells as (number | null)[], (c) =>
          c === null ? NaN : Number(c),
        ),
      });
    }
    schema.push({ name, type: types[name] ?? (text ? 'category' : 'number'), role: 'feature' });
  }
  return {
    schema: { columns: schema, missingTokens: [''] },
    table: { rowCount: columns[names[0]!]!.length, names, columns: values },
  };
}

/** A column's cells back as numbers/texts with null for missing. */
export function cellsOf(input: RecipeTable, name: string): (number | string | null)[] {
  const c = input.table.names.indexOf(name);
  expect(c, `column ${name}`).toBeGreaterThanOrEqual(0);
  const column = input.table.columns[c]!;
  return column.kind === 'numeric'
    ? Array.from(column.values, (v) => (Number.isNaN(v) ? null : v))
    : Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!));
}

/** Each number close to its reference (null = missing on both sides). */
export function expectCloseCells(
  actual: (number | string | null)[],
  expected: (number | null)[],
  digits = 10,
): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual[i], `cell ${i}`).toBeNull();
    else expect(actual[i] as number, `cell ${i}`).toBeCloseTo(value, digits);
  });
}

/** The scikit-learn reference values (tests/fixtures/recipe/make-fixtures.py). */
export interface RecipeFixture {
  train: Record<'x' | 'y' | 'flat', (number | null)[]> & { cat: string[] };
  new: Record<'x' | 'y' | 'flat', (number | null)[]> & { cat: string[] };
  standard: Record<
    string,
    { center: number; scale: number; train: (number | null)[]; new: (number | null)[] }
  >;
  minMax: Record<
    string,
    { center: number; range: number; train: (number | null)[]; new: (number | null)[] }
  >;
  robust: Record<
    string,
    { center: number; scale: number; train: (number | null)[]; new: (number | null)[] }
  >;
  impute: Record<'mean' | 'median' | 'most_frequent', { fill: number; new: (number | null)[] }> & {
    categoryMode: string;
  };
  quantileBins: Record<string, { edges: number[]; train: number[]; new: number[] }>;
  oneHot: { categories: string[]; names: string[]; train: number[][]; new: number[][] };
}

/** Reads recipe.json. */
export function readRecipeFixture(): RecipeFixture {
  const url = new URL('../../../fixtures/recipe/recipe.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as RecipeFixture;
}
