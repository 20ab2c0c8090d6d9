import { defaultBatchRows, defaultSampleRows } from './defaults';
import { createInputError } from './import-error';
import { computeJsonKind, isJsonObject, parseJsonCell, parseJsonText } from './json-cells';
import { parseColumnNames } from './parse-column-names';
import type { Cell, ImportWarning, RowBatch, TableSample } from './types';

/** Column names: every key, in order of first appearance, checked for empty names. */
function computeKeys(objects: readonly Record<string, unknown>[], file: string): string[] {
  const keys = new Set<string>();
  for (const object of objects) for (const key in object) keys.add(key);
  parseColumnNames([...keys], file);
  return [...keys];
}

/** Row batches from objects, cells in `keys` order (a missing key is a missing cell). */
function computeBatches(
  objects: readonly Record<string, unknown>[],
  keys: readonly string[],
  firstRow: number,
  batchRows: number,
): RowBatch[] {
  const batches: RowBatch[] = [];
  for (let start = 0; start < objects.length; start += batchRows) {
    const slice = objects.slice(start, start + batchRows);
    const cells: Cell[] = [];
    for (const object of slice) for (const key of keys) cells.push(parseJsonCell(object[key]));
    batches.push({ width: keys.length, rowCount: slice.length, firstRow: firstRow + start, cells });
  }
  return batches;
}

/**
 * A JSON array of objects as a table. Parsed whole (JSON.parse of the full text, not
 * streamed): malformed JSON, a value that is not an array, or an item that is not an object
 * throws PARSE_ERROR with the line or item.
 */
export function parseJsonTable(
  text: string,
  file: string,
  batchRows = defaultBatchRows,
): TableSample {
  if (text.trim() === '') throw createInputError('PARSE_ERROR', { file }, 'the file is empty');
  const value = parseJsonText(text, file);
  if (!Array.isArray(value)) {
    throw createInputError(
      'PARSE_ERROR',
      { file },
      `the JSON is ${computeJsonKind(value)}, not an array of objects`,
    );
  }
  if (value.length === 0)
    throw createInputError('PARSE_ERROR', { file }, 'the JSON array has no rows');
  value.forEach((item: unknown, index) => {
    if (!isJsonObject(item)) {
      const reason = `item ${index + 1} of the JSON array is ${computeJsonKind(item)}, not an object`;
      throw createInputError('PARSE_ERROR', { file, row: index + 1 }, reason);
    }
  });
  const objects = value as Record<string, unknown>[];
  const names = computeKeys(objects, file);
  return { names, batches: computeBatches(objects, names, 1, batchRows) };
}

/** A push parser for JSON Lines (one object per line; blank lines skipped). */
export interface JsonLinesParser {
  push(text: string): RowBatch[];
  end(): RowBatch[];
  names(): string[] | null;
  warnings(): ImportWarning[];
}

/**
 * Creates a streaming JSON Lines parser. Column names are the keys of the first `sampleRows`
 * objects; keys first seen later are ignored and reported in one warning.
 */
export function createJsonLinesParser(
  file: string,
  sampleRows = defaultSampleRows,
  batchRows = defaultBatchRows,
): JsonLinesParser {
  let rest = '';
  let line = 0;
  let rowsDone = 0;
  let names: string[] | null = null;
  let known = new Set<string>();
  let pending: Record<string, unknown>[] = [];
  const unknown = { keys: new Set<string>(), firstRow: 0, count: 0 };

  const fixNames = (): string[] => {
    names = computeKeys(pending, file);
    known = new Set(names);
    return names;
  };

  const emit = (final: boolean): RowBatch[] => {
    if (names === null && !final) return [];
    if (!final && pending.length < batchRows) return [];
    names ??= fixNames();
    const batches = computeBatches(pending, names, rowsDone + 1, batchRows);
    rowsDone += pending.length;
    pending = [];
    return batches;
  };

  const take = (text: string) => {
    line++;
    if (text.trim() === '') return;
    const value = parseJsonText(text, file, line - 1);
    if (!isJsonObject(value)) {
      const reason = `line ${line} is ${computeJsonKind(value)}, not a JSON object`;
      throw createInputError('PARSE_ERROR', { file, row: line }, reason);
    }
    if (names !== null) {
      const extra = Object.keys(value).filter((key) => !known.has(key));
      if (extra.length > 0) {
        if (unknown.count++ === 0) unknown.firstRow = rowsDone + pending.length + 1;
        for (const key of extra) if (unknown.keys.size < 20) unknown.keys.add(key);
      }
    }
    pending.push(value);
    if (names === null && pending.length >= sampleRows) fixNames();
  };

  return {
    push(text) {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      for (const one of lines) take(one);
      return emit(false);
    },
    end() {
      take(rest);
      rest = '';
      if (names === null && pending.length === 0)
        throw createInputError('PARSE_ERROR', { file }, 'the file is empty');
      return emit(true);
    },
    names: () => names,
    warnings: () =>
      unknown.count === 0
        ? []
        : [
            {
              kind: 'unknown-keys',
              keys: [...unknown.keys],
              firstRow: unknown.firstRow,
              count: unknown.count,
            },
          ],
  };
}
