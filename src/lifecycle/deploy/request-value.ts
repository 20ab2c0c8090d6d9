/**
 * One value of a request row read as its field's type: numbers (number, integer, datetime as
 * epoch ms, boolean as 0/1) or category labels, the same values the training table holds.
 */
import { parseBooleanCell, parseDatetimeCell, parseNumberCell } from '../data/import/parse-cell';
import type { ColumnType } from '../data/types';
import { formatNumberLabel } from '../train/read-column';

/** What a request value reads as. */
export type RequestValue =
  | { kind: 'missing' }
  | { kind: 'number'; value: number }
  | { kind: 'label'; value: string }
  | { kind: 'wrong-type' };

const missing: RequestValue = { kind: 'missing' };
const wrongType: RequestValue = { kind: 'wrong-type' };

function numberOf(value: number): RequestValue {
  return Number.isFinite(value) ? { kind: 'number', value } : wrongType;
}

function parseBoolean(value: unknown): RequestValue {
  if (typeof value === 'boolean') return { kind: 'number', value: value ? 1 : 0 };
  if (value === 0 || value === 1) return { kind: 'number', value };
  if (typeof value !== 'string') return wrongType;
  const text = value.trim();
  if (text === '0' || text === '1') return { kind: 'number', value: Number(text) };
  return numberOf(parseBooleanCell(text));
}

/**
 * A request value as its field's type: null, undefined and blank text are missing; numbers take
 * finite numbers or decimal text (integers only whole ones); datetimes ISO 8601 text (no offset
 * = UTC) or epoch ms; booleans true/false/0/1 (or that text); categories and text any string or
 * number (numbers by their shortest string form). Anything else is `wrong-type`.
 */
export function parseRequestValue(value: unknown, type: ColumnType): RequestValue {
  if (value === null || value === undefined) return missing;
  if (typeof value === 'string' && value.trim() === '') return missing;
  switch (type) {
    case 'number':
    case 'integer': {
      const read =
        typeof value === 'number'
          ? numberOf(value)
          : typeof value === 'string'
            ? numberOf(parseNumberCell(value))
            : wrongType;
      if (type === 'integer' && read.kind === 'number' && !Number.isInteger(read.value)) {
        return wrongType;
      }
      return read;
    }
    case 'datetime':
      if (typeof value === 'number') return numberOf(value);
      return typeof value === 'string' ? numberOf(parseDatetimeCell(value)) : wrongType;
    case 'boolean':
      return parseBoolean(value);
    case 'category':
    case 'text':
      if (typeof value === 'string') return { kind: 'label', value };
      if (typeof value === 'number' && Number.isFinite(value)) {
        return { kind: 'label', value: formatNumberLabel(value) };
      }
      return wrongType;
  }
}

/** A request value as text, for error reports. */
export function formatRequestValue(value: unknown): string {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return Object.prototype.toString.call(value);
  }
}
