import type { ColumnRole, ColumnSchema, ColumnType, DatasetSchema } from '../types';
import { defaultMissingTokens } from './defaults';
import { isBooleanText, isDatetimeText, isIntegerText, isNumberText } from './parse-cell';
import type { Cell, TableSample } from './types';

/** Options for schema inference. */
export interface InferSchemaOptions {
  /** Cell texts read as missing (default: `""`, NA, N/A, null, NaN, -). */
  missingTokens?: readonly string[];
  /** A string column with at most this share of distinct values is a category (default 0.5). */
  maxCategoryShare?: number;
  /** … and at most this many distinct values (default 1000). */
  maxCategories?: number;
}

/** What one pass over a column's sample saw. */
interface ColumnTally {
  present: number;
  missing: number;
  distinct: Set<string>;
  numbers: boolean;
  integers: boolean;
  booleans: boolean;
  datetimes: boolean;
}

const idName = /^(id|uuid|guid|key)$|[_\s.-](id|uuid|guid|key)$/;
const camelIdName = /[a-z0-9](Id|ID)$/;

/** Whether a column name reads as an identifier (id, user_id, userId, row ID, uuid, key). */
export function isIdName(name: string): boolean {
  return idName.test(name.toLowerCase()) || camelIdName.test(name);
}

/** Counts what kinds of values a column's sampled cells hold. */
function computeTally(
  sample: TableSample,
  column: number,
  missing: ReadonlySet<string>,
): ColumnTally {
  const tally: ColumnTally = {
    present: 0,
    missing: 0,
    distinct: new Set(),
    numbers: true,
    integers: true,
    booleans: true,
    datetimes: true,
  };
  for (const batch of sample.batches) {
    for (let row = 0; row < batch.rowCount; row++) {
      const cell: Cell = batch.cells[row * batch.width + column] ?? null;
      if (cell === null || (typeof cell === 'string' && missing.has(cell))) {
        tally.missing++;
        continue;
      }
      tally.present++;
      if (typeof cell === 'number') {
        tally.booleans = tally.datetimes = false;
        if (!Number.isInteger(cell)) tally.integers = false;
      } else if (typeof cell === 'boolean') {
        tally.numbers = tally.integers = tally.datetimes = false;
      } else {
        if (tally.numbers && !isNumberText(cell)) tally.numbers = tally.integers = false;
        if (tally.integers && !isIntegerText(cell)) tally.integers = false;
        if (tally.booleans && !isBooleanText(cell)) tally.booleans = false;
        if (tally.datetimes && !isDatetimeText(cell)) tally.datetimes = false;
      }
    }
  }
  // Distinct values matter only where the type may be integer, category or text.
  const decided = tally.booleans || (!tally.integers && (tally.numbers || tally.datetimes));
  if (tally.present > 0 && !decided) {
    for (const batch of sample.batches) {
      for (let row = 0; row < batch.rowCount && tally.distinct.size <= 100_000; row++) {
        const cell: Cell = batch.cells[row * batch.width + column] ?? null;
        if (cell === null || (typeof cell === 'string' && missing.has(cell))) continue;
        tally.distinct.add(String(cell));
      }
    }
  }
  return tally;
}

/** The type a tally supports, most specific first; conservative for strings. */
function computeType(tally: ColumnTally, options: InferSchemaOptions): ColumnType {
  if (tally.present === 0) return 'category';
  if (tally.booleans) return 'boolean';
  if (tally.integers) return 'integer';
  if (tally.numbers) return 'number';
  if (tally.datetimes) return 'datetime';
  const distinct = tally.distinct.size;
  const share = options.maxCategoryShare ?? 0.5;
  const isCategory =
    distinct <= (options.maxCategories ?? 1000) && distinct <= tally.present * share;
  return isCategory || distinct <= 1 ? 'category' : 'text';
}

/**
 * A schema from the first rows of a table: each column's type (boolean, integer, number,
 * datetime for ISO dates, else category or text by cardinality) and role (`id` for a unique,
 * complete integer or string column named like an id; `time` for the first datetime column;
 * else feature). The result is a starting point the user may edit.
 */
export function inferSchema(sample: TableSample, options: InferSchemaOptions = {}): DatasetSchema {
  const missingTokens = [...(options.missingTokens ?? defaultMissingTokens)];
  const missing = new Set(missingTokens);
  let hasTime = false;
  const columns = sample.names.map((name, index): ColumnSchema => {
    const tally = computeTally(sample, index, missing);
    const type = computeType(tally, options);
    let role: ColumnRole = 'feature';
    const unique =
      tally.missing === 0 && tally.distinct.size === tally.present && tally.present > 1;
    if (
      unique &&
      isIdName(name) &&
      (type === 'integer' || type === 'text' || type === 'category')
    ) {
      role = 'id';
    } else if (type === 'datetime' && !hasTime) {
      role = 'time';
      hasTime = true;
    }
    return { name, type, role };
  });
  return { columns, missingTokens };
}
