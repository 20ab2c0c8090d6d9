/**
 * Reading one column of a version for training: find it by name with the kind a fitted step
 * expects, and read a cell as a category label (dictionary text, or a number's string form).
 */
import { LabError } from '../../shared/lab-error';
import type { ColumnSchema, ColumnTable, ColumnValues, DatasetSchema } from '../data/types';

/** A column of the table with its schema entry. */
export interface FoundColumn {
  schema: ColumnSchema;
  values: ColumnValues;
}

/** SCHEMA_MISMATCH naming the column and why it cannot be used. */
export function schemaMismatchError(column: string, why: string): LabError {
  return new LabError('SCHEMA_MISMATCH', `column "${column}" ${why}`, {
    column,
    params: { column, reason: why },
  });
}

/** The named column; SCHEMA_MISMATCH when the table or its schema has none. */
export function findTrainingColumn(
  schema: DatasetSchema,
  table: ColumnTable,
  name: string,
): FoundColumn {
  const c = table.names.indexOf(name);
  const entry = schema.columns.find((column) => column.name === name);
  const values = c >= 0 ? table.columns[c] : undefined;
  if (!values || !entry) throw schemaMismatchError(name, 'does not exist');
  return { schema: entry, values };
}

/** Whether a column is read as categories: a coded (category/text) column or a boolean one. */
export function isCategorical(column: FoundColumn): boolean {
  return column.values.kind === 'coded' || column.schema.type === 'boolean';
}

/** A numeric cell's category label: its shortest string form ("1", "2.5"). */
export function formatNumberLabel(value: number): string {
  return String(value);
}

/**
 * Per-row label reader of a column: dictionary text for coded columns, the string form of
 * numbers otherwise; null for missing cells.
 */
export function createLabelReader(values: ColumnValues): (row: number) => string | null {
  if (values.kind === 'coded') {
    return (row) => {
      const code = values.codes[row] ?? -1;
      return code < 0 ? null : (values.dictionary[code] ?? null);
    };
  }
  return (row) => {
    const value = values.values[row] ?? NaN;
    return Number.isNaN(value) ? null : formatNumberLabel(value);
  };
}

/**
 * Per-row position of each cell in a sorted category list (-1 for missing or unseen), computed
 * once per dictionary entry for coded columns.
 */
export function createCategoryIndexer(
  values: ColumnValues,
  categories: readonly string[],
): (row: number) => number {
  const index = new Map(categories.map((category, i) => [category, i]));
  if (values.kind === 'coded') {
    const mapped = values.dictionary.map((text) => index.get(text) ?? -1);
    return (row) => {
      const code = values.codes[row] ?? -1;
      return code < 0 ? -1 : (mapped[code] ?? -1);
    };
  }
  const read = createLabelReader(values);
  return (row) => {
    const label = read(row);
    return label === null ? -1 : (index.get(label) ?? -1);
  };
}

/** Sorted distinct labels: numerically when every label is a number column's, else code-unit order. */
export function computeSortedLabels(labels: Iterable<string>, numeric: boolean): string[] {
  const distinct = [...new Set(labels)];
  return numeric
    ? distinct.sort((a, b) => Number(a) - Number(b))
    : distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
