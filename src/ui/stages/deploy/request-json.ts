import type { InputField, RequestRow } from '../../../api/deploy-types';
import { computeJsonErrorOffset, computeLineColumn, type JsonErrorPosition } from './json-position';

/** The outcome of reading a request console's text: rows, or what is wrong and where. */
export type ParsedRequest =
  | { ok: true; rows: RequestRow[] }
  | ({ ok: false; reason: 'syntax' } & JsonErrorPosition)
  | { ok: false; reason: 'not-rows'; row: number | null };

/** One example request row from a package's input schema: mid-range numbers, first categories. */
export function computeExampleRow(schema: readonly InputField[]): RequestRow {
  const row: RequestRow = {};
  for (const field of schema) row[field.name] = exampleValue(field);
  return row;
}

/** The console's starting text: `[{ … }]` with one example row, pretty-printed. */
export function computeExampleText(schema: readonly InputField[]): string {
  return JSON.stringify([computeExampleRow(schema)], null, 2);
}

function exampleValue(field: InputField): string | number | boolean | null {
  const first = field.categories?.[0] ?? null;
  switch (field.type) {
    case 'number':
    case 'integer': {
      if (field.min === null || field.max === null) return field.min ?? field.max ?? 0;
      const middle = (field.min + field.max) / 2;
      return field.type === 'integer' ? Math.round(middle) : roundTo(middle, 6);
    }
    case 'boolean':
      return first === null ? false : first === 'true' ? true : first === 'false' ? false : first;
    default:
      return first ?? (field.nullable ? null : '');
  }
}

function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/**
 * Reads the console's JSON: an array of row objects (a single object counts as one row). A syntax
 * error comes back with its offset, line and column instead of being thrown.
 */
export function parseRequestText(text: string): ParsedRequest {
  const offset = computeJsonErrorOffset(text);
  if (offset !== null) return { ok: false, reason: 'syntax', ...computeLineColumn(text, offset) };
  const value: unknown = JSON.parse(text);
  const rows = Array.isArray(value) ? (value as unknown[]) : [value];
  const bad = rows.findIndex((row) => !isRow(row));
  if (bad >= 0) return { ok: false, reason: 'not-rows', row: Array.isArray(value) ? bad : null };
  if (rows.length === 0) return { ok: false, reason: 'not-rows', row: null };
  return { ok: true, rows: rows as RequestRow[] };
}

function isRow(value: unknown): value is RequestRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (cell) => cell === null || ['string', 'number', 'boolean'].includes(typeof cell),
  );
}
