import type { ColumnSchema, ColumnTable, ColumnValues, DatasetSchema } from '../types';
import { maxIssueExamples } from './defaults';
import { parseBooleanCell, parseDatetimeCell, parseNumberCell } from './parse-cell';
import type { Cell, CellIssue, DirectRows, ImportWarning, RowBatch } from './types';

/** Appends row batches into typed columns; `finish` gives the table and what was not read. */
export interface ColumnBuilder {
  append(batch: RowBatch): void;
  /** Appends records one by one from a text parser (after the batches appended so far). */
  direct(): DirectRows;
  /** Makes room for `rows` rows in all (an estimate: columns still grow past it). */
  reserve(rows: number): void;
  rowCount(): number;
  finish(): { table: ColumnTable; warnings: ImportWarning[] };
}

interface Growing {
  schema: ColumnSchema;
  numeric: boolean;
  values: Float64Array;
  codes: Int32Array;
  /** Cell text → dictionary code; missing tokens map to -1. */
  lookup: Map<string, number>;
  dictionary: string[];
  parse: (text: string) => number;
  bad: number;
  fractional: number;
  examples: CellIssue[];
  /** Cell text hash → keys of `lookup` with that hash (direct appends, no string per cell). */
  interned: Map<number, string[]>;
}

/** How a direct append reads a column's field. Number or integer: plain decimals from the char codes, else the general path. */
const decimalField = 0;
/** Other numeric types: the cell's text through the column's parser. */
const numericField = 1;
/** Category or text: dictionary code. */
const codedField = 2;

/** Longest unquoted text looked up in a coded column without slicing it first. */
const maxInternedLength = 64;

const numericParsers = {
  number: parseNumberCell,
  integer: parseNumberCell,
  boolean: parseBooleanCell,
  datetime: parseDatetimeCell,
} as const;

/** A typed array of at least `need` elements (doubling, unless `exact`) holding `from`'s contents. */
function computeGrown<T extends Float64Array | Int32Array>(
  from: T,
  need: number,
  exact = false,
): T {
  if (need <= from.length) return from;
  const grown = new (from.constructor as new (length: number) => T)(
    exact ? need : Math.max(need, from.length * 2),
  );
  grown.set(from);
  return grown;
}

/** Appends one column of a batch (strided over the flat cells) to a numeric column. */
function appendNumeric(
  col: Growing,
  batch: RowBatch,
  at: number,
  offset: number,
  missing: Set<string>,
  numericTokens: boolean,
): void {
  const { cells, width, rowCount } = batch;
  const values = col.values;
  const integer = col.schema.type === 'integer';
  for (let row = 0, index = at; row < rowCount; row++, index += width) {
    const cell: Cell = cells[index] ?? null;
    let value: number;
    if (typeof cell === 'string') {
      value = cell.length === 0 ? NaN : col.parse(cell);
      if (value !== value) {
        if (cell.length !== 0 && !missing.has(cell)) recordIssue(col, batch.firstRow + row, cell);
      } else if (numericTokens && missing.has(cell)) value = NaN;
    } else if (typeof cell === 'number') value = cell;
    else if (cell === null) value = NaN;
    else if (col.schema.type === 'boolean') value = cell ? 1 : 0;
    else {
      value = NaN;
      recordIssue(col, batch.firstRow + row, String(cell));
    }
    if (integer && value % 1 !== 0 && value === value) col.fractional++;
    values[offset + row] = value;
  }
}

/** The value of one numeric cell's text, as `appendNumeric` reads it; issues go to `issue`. */
function computeNumericText(
  col: Growing,
  cell: string,
  missing: Set<string>,
  numericTokens: boolean,
  issue: (text: string) => void,
): number {
  let value = cell.length === 0 ? NaN : col.parse(cell);
  if (value !== value) {
    if (cell.length !== 0 && !missing.has(cell)) issue(cell);
  } else if (numericTokens && missing.has(cell)) value = NaN;
  return value;
}

/** A coded column's code for a text, added to its dictionary when new. */
function computeCode(col: Growing, text: string): number {
  let code = col.lookup.get(text);
  if (code === undefined) {
    code = col.dictionary.length;
    col.dictionary.push(text);
    col.lookup.set(text, code);
  }
  return code;
}

/** A hash of `text.slice(start, end)`'s char codes. */
function computeTextHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** Whether `key` equals `text.slice(start, end)`. */
function isSameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

/**
 * `text.slice(start, end)` read as `computeSimpleDecimal` in parse-cell reads it (a sign,
 * at most 15 digits and one point, at most 16 chars), without making the string; else NaN.
 */
function computeDecimalField(text: string, start: number, end: number): number {
  const n = end - start;
  if (n > 16 || n === 0) return NaN;
  let i = start;
  let sign = 1;
  if (text.charCodeAt(start) === 45) {
    sign = -1;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 && scale === -1) scale = end - i - 1;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  return scale <= 0 ? sign * mantissa : (sign * mantissa) / decimalPowers[scale]!;
}

const decimalPowers = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
];

/** Appends one column of a batch to a dictionary-coded column. */
function appendCoded(col: Growing, batch: RowBatch, at: number, offset: number): void {
  const { cells, width, rowCount } = batch;
  const { codes, lookup, dictionary } = col;
  for (let row = 0, index = at; row < rowCount; row++, index += width) {
    const cell: Cell = cells[index] ?? null;
    if (cell === null) {
      codes[offset + row] = -1;
      continue;
    }
    const text = typeof cell === 'string' ? cell : String(cell);
    let code = lookup.get(text);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(text);
      lookup.set(text, code);
    }
    codes[offset + row] = code;
  }
}

/** Counts an unreadable cell and keeps the first few as examples. */
function recordIssue(col: Growing, row: number, text: string): void {
  col.bad++;
  if (col.examples.length < maxIssueExamples)
    col.examples.push({ row, column: col.schema.name, text });
}

/**
 * Builds a ColumnTable from row batches in schema order: number, integer, boolean (0/1) and
 * datetime (epoch ms UTC) as Float64 with NaN missing; category and text as dictionary codes
 * with -1 missing. Cells a numeric column cannot read become missing and are counted.
 */
export function createColumnBuilder(schema: DatasetSchema, initialRows = 1024): ColumnBuilder {
  const missing = new Set(schema.missingTokens);
  const numericTokens = schema.missingTokens.some((token) => !Number.isNaN(parseNumberCell(token)));
  const columns: Growing[] = schema.columns.map((column) => {
    const numeric = column.type !== 'category' && column.type !== 'text';
    return {
      schema: column,
      numeric,
      values: new Float64Array(numeric ? initialRows : 0),
      codes: new Int32Array(numeric ? 0 : initialRows),
      lookup: new Map(schema.missingTokens.map((token) => [token, -1])),
      dictionary: [],
      parse: numeric ? numericParsers[column.type as keyof typeof numericParsers] : parseNumberCell,
      bad: 0,
      fractional: 0,
      examples: [],
      interned: new Map(),
    };
  });
  let rows = 0;
  let capacity = initialRows;
  const grow = (need: number, exact = false) => {
    for (const col of columns) {
      if (col.numeric) col.values = computeGrown(col.values, need, exact);
      else col.codes = computeGrown(col.codes, need, exact);
    }
    const first = columns[0];
    capacity = first === undefined ? Infinity : Math.max(first.values.length, first.codes.length);
  };
  const kinds = columns.map((col) =>
    !col.numeric
      ? codedField
      : (col.schema.type === 'number' || col.schema.type === 'integer') && !numericTokens
        ? decimalField
        : numericField,
  );
  const integers = columns.map((col) => col.schema.type === 'integer');
  /** The current record's unreadable cells (column, text) and fractional integers (column). */
  let pendingIssues: (number | string)[] = [];
  let pendingFractional: number[] = [];
  let pendingColumn = 0;
  const pendIssue = (text: string) => pendingIssues.push(pendingColumn, text);

  const setNumeric = (column: number, col: Growing, value: number) => {
    if (integers[column] === true && value % 1 !== 0 && value === value) {
      pendingFractional.push(column);
    }
    col.values[rows] = value;
  };
  const setText = (column: number, col: Growing, text: string) => {
    if (col.numeric) {
      pendingColumn = column;
      setNumeric(column, col, computeNumericText(col, text, missing, numericTokens, pendIssue));
    } else col.codes[rows] = computeCode(col, text);
  };
  const direct: DirectRows = {
    decimal: Uint8Array.from(kinds, (kind) => (kind === decimalField ? 1 : 0)),
    number(column, value) {
      setNumeric(column, columns[column] as Growing, value);
    },
    beginRow() {
      if (rows >= capacity) grow(rows + 1);
    },
    field(column, text, start, end) {
      const col = columns[column] as Growing;
      const kind = kinds[column];
      if (kind === decimalField) {
        if (start === end) {
          col.values[rows] = NaN;
          return;
        }
        const value = computeDecimalField(text, start, end);
        if (value === value) {
          setNumeric(column, col, value);
          return;
        }
      } else if (kind === codedField && end - start <= maxInternedLength) {
        const hash = computeTextHash(text, start, end);
        let keys = col.interned.get(hash);
        if (keys !== undefined) {
          for (const key of keys) {
            if (isSameText(key, text, start, end)) {
              col.codes[rows] = col.lookup.get(key) as number;
              return;
            }
          }
        } else {
          keys = [];
          col.interned.set(hash, keys);
        }
        const key = text.slice(start, end);
        col.codes[rows] = computeCode(col, key);
        keys.push(key);
        return;
      }
      setText(column, col, text.slice(start, end));
    },
    cell(column, value) {
      setText(column, columns[column] as Growing, value);
    },
    commitRow(row) {
      if (pendingIssues.length > 0) {
        for (let at = 0; at < pendingIssues.length; at += 2) {
          const col = columns[pendingIssues[at] as number] as Growing;
          recordIssue(col, row, pendingIssues[at + 1] as string);
        }
        pendingIssues = [];
      }
      if (pendingFractional.length > 0) {
        for (const column of pendingFractional) (columns[column] as Growing).fractional++;
        pendingFractional = [];
      }
      rows++;
    },
    abortRow() {
      if (pendingIssues.length > 0) pendingIssues = [];
      if (pendingFractional.length > 0) pendingFractional = [];
    },
  };
  return {
    append(batch) {
      grow(rows + batch.rowCount);
      columns.forEach((col, at) => {
        if (col.numeric) appendNumeric(col, batch, at, rows, missing, numericTokens);
        else appendCoded(col, batch, at, rows);
      });
      rows += batch.rowCount;
    },
    direct: () => direct,
    reserve(need) {
      if (need > capacity) grow(need, true);
    },
    rowCount: () => rows,
    finish() {
      const warnings: ImportWarning[] = [];
      const values = columns.map((col): ColumnValues => {
        const { name, type } = col.schema;
        if (col.bad > 0) {
          warnings.push({
            kind: 'unparseable-cells',
            column: name,
            type,
            count: col.bad,
            examples: col.examples,
          });
        }
        if (col.fractional > 0)
          warnings.push({ kind: 'fractional-integers', column: name, count: col.fractional });
        return col.numeric
          ? { kind: 'numeric', values: col.values.slice(0, rows) }
          : { kind: 'coded', codes: col.codes.slice(0, rows), dictionary: col.dictionary };
      });
      return {
        table: { rowCount: rows, names: schema.columns.map((c) => c.name), columns: values },
        warnings,
      };
    },
  };
}
