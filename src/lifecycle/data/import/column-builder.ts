import type { ColumnSchema, ColumnTable, ColumnValues, DatasetSchema } from '../types';
import { maxIssueExamples } from './defaults';
import { parseBooleanCell, parseDatetimeCell, parseNumberCell } from './parse-cell';
import type { Cell, CellIssue, ImportWarning, RowBatch } from './types';

/** Appends row batches into typed columns; `finish` gives the table and what was not read. */
export interface ColumnBuilder {
  append(batch: RowBatch): void;
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
}

const numericParsers = {
  number: parseNumberCell,
  integer: parseNumberCell,
  boolean: parseBooleanCell,
  datetime: parseDatetimeCell,
} as const;

/** A typed array of at least `need` elements holding `from`'s contents. */
function computeGrown<T extends Float64Array | Int32Array>(from: T, need: number): T {
  if (need <= from.length) return from;
  const grown = new (from.constructor as new (length: number) => T)(
    Math.max(need, from.length * 2),
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
    };
  });
  let rows = 0;
  return {
    append(batch) {
      columns.forEach((col, at) => {
        if (col.numeric) {
          col.values = computeGrown(col.values, rows + batch.rowCount);
          appendNumeric(col, batch, at, rows, missing, numericTokens);
        } else {
          col.codes = computeGrown(col.codes, rows + batch.rowCount);
          appendCoded(col, batch, at, rows);
        }
      });
      rows += batch.rowCount;
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
