import type { ColumnTable, DatasetSchema } from '../types';

/** A file format the importer reads. `delimited` is any single-character separator. */
export type ImportFormat = 'csv' | 'tsv' | 'delimited' | 'json' | 'jsonl' | 'parquet';

/** A text encoding the importer decodes (`euc-kr` is CP949/windows-949 in the Encoding standard). */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr';

/** What `detectEncoding` found: the encoding, whether a byte-order mark starts the bytes, and how sure (0–1). */
export interface EncodingGuess {
  encoding: ImportEncoding;
  bom: boolean;
  confidence: number;
}

/** One raw cell: text from delimited files; JSON and Parquet may give numbers, booleans or null. */
export type Cell = string | number | boolean | null;

/**
 * Rows in one flat, row-major array: cell (r, c) is `cells[r * width + c]`. No object per row
 * or cell. `firstRow` is the 1-based data row of the batch's first row.
 */
export interface RowBatch {
  width: number;
  rowCount: number;
  firstRow: number;
  cells: Cell[];
}

/**
 * Typed appends straight from a text parser, one record at a time, once the schema is known:
 * unquoted fields are read from the text's char codes (no string per cell where possible).
 * A record's fields only count when `commitRow` is called; `abortRow` drops a partial one.
 */
export interface DirectRows {
  /**
   * Per column, 1 where the parser may read plain decimals (sign, at most 15 digits, one
   * point, at most 16 chars) itself and give the value to `number`; 0 elsewhere.
   */
  readonly decimal: Uint8Array;
  /** Makes room for one more record. */
  beginRow(): void;
  /** Column `column` of the record is `text.slice(start, end)`. */
  field(column: number, text: string, start: number, end: number): void;
  /** Column `column` (a decimal one) of the record is `value`, read from a plain decimal. */
  number(column: number, value: number): void;
  /** Column `column` of the record is `value` (a quoted field, already unquoted). */
  cell(column: number, value: string): void;
  /** The record is whole; `row` is its 1-based data row (for unreadable-cell reports). */
  commitRow(row: number): void;
  abortRow(): void;
}

/** The first rows of a table with its column names: what `inferSchema` reads. */
export interface TableSample {
  names: readonly string[];
  batches: readonly RowBatch[];
}

/** A cell that could not be read as its column's type: 1-based data row, column name, its text. */
export interface CellIssue {
  row: number;
  column: string;
  text: string;
}

/** Something the import kept going past, for the user to see (never silently dropped). */
export type ImportWarning =
  | {
      kind: 'unparseable-cells';
      column: string;
      type: string;
      count: number;
      examples: CellIssue[];
    }
  | { kind: 'fractional-integers'; column: string; count: number }
  | { kind: 'unknown-keys'; keys: string[]; firstRow: number; count: number }
  | { kind: 'blank-lines'; count: number };

/** Where an import is: bytes read of the total (total 0 when unknown) and the phase. */
export interface ImportProgress {
  done: number;
  total: number;
  rows: number;
  phase: 'read' | 'parse' | 'build' | 'done';
}

/** What `parseTable` reads: a named file as byte chunks, plus the user's overrides. */
export interface ParseTableInput {
  name: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** Total size in bytes when known (for progress). */
  size?: number;
  format?: ImportFormat;
  encoding?: ImportEncoding;
  delimiter?: string;
  /** Whether a delimited file's first line names the columns (default true). */
  header?: boolean;
  /** Cell texts read as missing, replacing the defaults. */
  missingTokens?: string[];
  /** A schema the user edited: used instead of inference (names must match the file's). */
  schema?: DatasetSchema;
  /**
   * Stop reading a text file once about this many whole rows are read (schema review); the
   * partial record at the cut is dropped. Parquet is always read whole.
   */
  maxRows?: number;
}

/** What `parseTable` gives back. */
export interface ParseTableResult {
  format: ImportFormat;
  encoding: ImportEncoding | null;
  schema: DatasetSchema;
  table: ColumnTable;
  warnings: ImportWarning[];
}

/** A cooperative cancellation flag, checked between chunks (an AbortSignal fits). */
export interface CancelSignal {
  readonly aborted: boolean;
}
