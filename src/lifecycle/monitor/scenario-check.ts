/**
 * Checks shared by the replay and its scenarios: INVALID_ARGUMENT errors naming the field,
 * columns looked up by name, shares in [0, 1] and the onset position in the stream.
 */
import { LabError } from '../../shared/lab-error';
import type { ColumnSchema, ColumnTable, ColumnValues, DatasetSchema } from '../data/types';

/** A column of the replay table with its schema entry and position. */
export interface ScenarioColumn {
  index: number;
  schema: ColumnSchema;
  values: ColumnValues;
}

/** INVALID_ARGUMENT for `field` with an i18n reason (`invalid.<reason>`). */
export function invalidArgument(field: string, reason: string, message: string): LabError {
  return new LabError('INVALID_ARGUMENT', message, { params: { field, reason } });
}

/** The named column; INVALID_ARGUMENT (reason unknown_field) naming it when it does not exist. */
export function findScenarioColumn(
  table: ColumnTable,
  schema: DatasetSchema,
  name: string,
  field: string,
): ScenarioColumn {
  const index = table.names.indexOf(name);
  const entry = schema.columns.find((column) => column.name === name);
  const values = index >= 0 ? table.columns[index] : undefined;
  if (!entry || !values) {
    throw new LabError('INVALID_ARGUMENT', `column "${name}" does not exist`, {
      column: name,
      params: { field, reason: 'unknown_field', column: name },
    });
  }
  return { index, schema: entry, values };
}

/** INVALID_ARGUMENT (reason wrong_type) naming a column whose type does not fit the scenario. */
export function wrongColumnType(name: string, field: string, expected: string): LabError {
  return new LabError('INVALID_ARGUMENT', `column "${name}" is not ${expected}`, {
    column: name,
    params: { field, reason: 'wrong_type', column: name },
  });
}

/** A share checked to lie in [0, 1]; INVALID_ARGUMENT (out_of_range) otherwise. */
export function checkShare(value: number, field: string): number {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw invalidArgument(field, 'out_of_range', `${field} must be between 0 and 1, not ${value}`);
  }
  return value;
}

/** The stream position of an onset share: the first affected event, floor(onset × n). */
export function computeOnsetPosition(onset: number, eventCount: number): number {
  return Math.min(eventCount, Math.floor(checkShare(onset, 'onset') * eventCount));
}

/** A positive whole number; INVALID_ARGUMENT (not_positive) otherwise. */
export function checkPositiveCount(value: number, field: string): number {
  if (!(Number.isInteger(value) && value > 0)) {
    throw invalidArgument(field, 'not_positive', `${field} must be a whole number above 0`);
  }
  return value;
}

/** A copy of one column with its cells gathered in stream order (`order[i]` becomes row i). */
export function computeGatheredColumn(values: ColumnValues, order: Int32Array): ColumnValues {
  if (values.kind === 'numeric') {
    const out = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) out[i] = values.values[order[i]!] ?? Number.NaN;
    return { kind: 'numeric', values: out };
  }
  const codes = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) codes[i] = values.codes[order[i]!] ?? -1;
  return { kind: 'coded', codes, dictionary: [...values.dictionary] };
}
