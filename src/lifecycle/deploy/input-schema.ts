/**
 * A package's input schema, read from the training rows: for each feature, its type, whether
 * training saw it missing, the categories it saw, and the range of values it saw.
 */
import { LabError } from '../../shared/lab-error';
import type { ColumnTable, ColumnType, ColumnValues, DatasetSchema } from '../data/types';
import { findTrainingColumn, schemaMismatchError } from '../train/read-column';
import type { InputField } from './types';

/** Types whose cells are numbers in the table (booleans as 0/1, datetimes as epoch ms). */
const numericTypes: readonly ColumnType[] = ['number', 'integer', 'boolean', 'datetime'];

/** A boolean cell (0 or 1) as the text a request sends for it. */
export function formatBooleanLabel(value: number): string {
  return value === 0 ? 'false' : 'true';
}

function sortTexts(texts: Iterable<string>): string[] {
  return [...new Set(texts)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function computeField(
  name: string,
  type: ColumnType,
  values: ColumnValues,
  rows: ArrayLike<number>,
): InputField {
  if (values.kind === 'coded') {
    const seen = new Set<number>();
    let nullable = false;
    for (let i = 0; i < rows.length; i++) {
      const code = values.codes[rows[i]!] ?? -1;
      if (code < 0) nullable = true;
      else seen.add(code);
    }
    const categories = sortTexts([...seen].map((code) => values.dictionary[code] ?? ''));
    return { name, type, nullable, categories, min: null, max: null };
  }
  let nullable = false;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const value = values.values[rows[i]!] ?? NaN;
    if (Number.isNaN(value)) {
      nullable = true;
      continue;
    }
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const any = min <= max;
  if (type === 'boolean') {
    const categories: string[] = [];
    if (any && min === 0) categories.push('false');
    if (any && max === 1) categories.push('true');
    return { name, type, nullable, categories, min: null, max: null };
  }
  return { name, type, nullable, categories: null, min: any ? min : null, max: any ? max : null };
}

/**
 * The input schema of a model trained on `trainRows` (0-based rows of `table`) with `features`,
 * in feature order. Categories are sorted by code unit; boolean categories are `false`/`true`;
 * min and max are the training range (datetimes in epoch ms), null when every value is missing.
 * SCHEMA_MISMATCH when a feature is absent or its values are not of its type's kind.
 */
export function computeInputSchema(
  schema: DatasetSchema,
  table: ColumnTable,
  trainRows: ArrayLike<number>,
  features: string[],
): InputField[] {
  if (new Set(features).size !== features.length) {
    throw new LabError('INVALID_ARGUMENT', 'a feature is listed twice', {
      params: { field: 'features', reason: 'duplicate-feature' },
    });
  }
  return features.map((name) => {
    const column = findTrainingColumn(schema, table, name);
    const type = column.schema.type;
    const numeric = numericTypes.includes(type);
    if (numeric !== (column.values.kind === 'numeric')) {
      throw schemaMismatchError(name, `holds ${column.values.kind} values for a ${type} column`);
    }
    return computeField(name, type, column.values, trainRows);
  });
}
