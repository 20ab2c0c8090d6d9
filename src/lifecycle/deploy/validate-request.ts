/**
 * Request validation against a package's input schema: which rows the model may answer, and
 * for the others which field is wrong and why, in words a caller can act on.
 */
import { LabError } from '../../shared/lab-error';
import type { ColumnType } from '../data/types';
import { formatBooleanLabel } from './input-schema';
import { formatRequestValue, parseRequestValue } from './request-value';
import type { FieldError, InputField } from './types';

const typeWords: Record<ColumnType, string> = {
  number: 'a number',
  integer: 'a whole number',
  category: 'a category',
  boolean: 'a boolean (true, false, 0 or 1)',
  datetime: 'an ISO 8601 date-time',
  text: 'text',
};

/** Whether a value is a plain object (a JSON object, not an array, date or class instance). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function formatBound(value: number, type: ColumnType): string {
  return type === 'datetime' ? new Date(value).toISOString() : String(value);
}

function fieldError(
  row: number,
  field: string,
  reason: FieldError['reason'],
  value: unknown,
  why: string,
): FieldError {
  const text = formatRequestValue(value);
  return { row, field, reason, value: text, message: `row ${row}, field "${field}": ${why}` };
}

function checkField(row: number, field: InputField, value: unknown): FieldError | null {
  const read = parseRequestValue(value, field.type);
  const shown = JSON.stringify(formatRequestValue(value));
  if (read.kind === 'missing') {
    if (field.nullable) return null;
    const why = 'a value is required (the model never saw this field missing in training)';
    return fieldError(row, field.name, 'missing', value, why);
  }
  if (read.kind === 'wrong-type') {
    const why = `${shown} is not ${typeWords[field.type]}`;
    return fieldError(row, field.name, 'wrong-type', value, why);
  }
  const label =
    read.kind === 'label'
      ? read.value
      : field.type === 'boolean'
        ? formatBooleanLabel(read.value)
        : null;
  if (label !== null && field.categories !== null && !field.categories.includes(label)) {
    const seen = field.categories.slice(0, 10).join(', ');
    const more = field.categories.length > 10 ? ', …' : '';
    const why = `${shown} is not a category seen in training (${seen}${more})`;
    return fieldError(row, field.name, 'unknown-category', value, why);
  }
  if (read.kind === 'number' && field.min !== null && field.max !== null) {
    if (read.value < field.min || read.value > field.max) {
      const range = `${formatBound(field.min, field.type)} to ${formatBound(field.max, field.type)}`;
      const why = `${shown} is outside the training range ${range}; the model never saw such values`;
      return fieldError(row, field.name, 'out-of-range', value, why);
    }
  }
  return null;
}

/**
 * Checks request rows against an input schema. Each row may hold only the schema's fields;
 * a field may be missing (absent, null or blank) only if training saw it missing; its value must
 * read as the field's type, a category must have been seen in training, and a number or date
 * must lie within the training range [min, max] exactly (the model never saw values outside it).
 * Returns the 0-based rows that passed and one error per failed field. INVALID_ARGUMENT when
 * `rows` is not an array of plain objects.
 */
export function validateRequestRows(
  rows: unknown,
  fields: InputField[],
): { rows: number[]; errors: FieldError[] } {
  if (!Array.isArray(rows)) {
    throw new LabError('INVALID_ARGUMENT', 'rows: the request must be an array of row objects', {
      params: { field: 'rows', reason: 'not-rows' },
    });
  }
  const known = new Set(fields.map((field) => field.name));
  const valid: number[] = [];
  const errors: FieldError[] = [];
  rows.forEach((row: unknown, index) => {
    if (!isPlainRecord(row)) {
      const detail = `rows.${index}: each row must be an object of field → value`;
      throw new LabError('INVALID_ARGUMENT', detail, {
        params: { field: `rows.${index}`, reason: 'not-rows' },
        row: index,
      });
    }
    const before = errors.length;
    for (const key of Object.keys(row)) {
      if (known.has(key)) continue;
      const why = `"${key}" is not an input of this model`;
      errors.push(fieldError(index, key, 'unknown-field', row[key], why));
    }
    for (const field of fields) {
      const value = Object.hasOwn(row, field.name) ? row[field.name] : undefined;
      const error = checkField(index, field, value);
      if (error) errors.push(error);
    }
    if (errors.length === before) valid.push(index);
  });
  return { rows: valid, errors };
}
