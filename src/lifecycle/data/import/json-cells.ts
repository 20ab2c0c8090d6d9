import { createInputError } from './import-error';
import { computeJsonErrorOffset } from './json-error-offset';
import type { Cell } from './types';

/** A JSON value as a cell: scalars as they are, missing as null, nested values as JSON text. */
export function parseJsonCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value);
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON value is, in words, for messages. */
export function computeJsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Parses JSON text; a syntax error becomes PARSE_ERROR with the line and column of the
 * position the runtime reports (`row` is that line).
 */
export function parseJsonText(text: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const position = /position (\d+)/.exec(detail);
    const at = position === null ? computeJsonErrorOffset(text) : Number(position[1]);
    const before = text.slice(0, at);
    const line = lineOffset + before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const where = `line ${line}, character ${column}`;
    const error = createInputError(
      'PARSE_ERROR',
      { file, row: line },
      `the JSON is malformed at ${where}: ${detail}`,
      {
        line,
        detail,
      },
    );
    throw Object.assign(error, { cause });
  }
}
