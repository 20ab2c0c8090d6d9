import { defaultBatchRows } from './defaults';
import { detectDelimiter } from './detect-delimiter';
import { createInputError } from './import-error';
import { computeDefaultNames, parseColumnNames } from './parse-column-names';
import type { Cell, DirectRows, RowBatch } from './types';

/** How to read a delimited text table. */
export interface DelimitedParserOptions {
  /** File name for error messages. */
  file: string;
  /** One character; detected among , ; \t | from the first lines when absent. */
  delimiter?: string;
  /** Quote character (default `"`, doubled inside a quoted field); '' turns quoting off. */
  quote?: string;
  /** Whether the first record names the columns (default true). */
  header?: boolean;
  batchRows?: number;
}

/** A push parser: feed text chunks in order, get row batches of `batchRows` rows. */
export interface DelimitedParser {
  push(text: string): RowBatch[];
  /** Flushes the last rows; throws on an unterminated quote, an empty file or a header only. */
  end(): RowBatch[];
  /** Column names, once the first record is read. */
  names(): string[] | null;
  delimiter(): string | null;
  /** Blank lines skipped so far. */
  blankLines(): number;
  /**
   * From now on, records go straight into `rows` (typed, no string per cell where possible)
   * instead of batches; returns the rows read but not yet emitted, to append before them.
   */
  attach(rows: DirectRows): RowBatch[];
}

const LF = 10;
const CR = 13;
const powersOfTen = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
];

/** Creates a streaming parser for CSV, TSV and any single-character delimiter (RFC 4180 quoting). */
export function createDelimitedParser(options: DelimitedParserOptions): DelimitedParser {
  const { file } = options;
  const quote = options.quote ?? '"';
  const Q = quote === '' ? -2 : quote.charCodeAt(0);
  const doubled = new RegExp(`(?:${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}){2}`, 'g');
  const batchRows = options.batchRows ?? defaultBatchRows;
  const header = options.header ?? true;
  let delimiter = options.delimiter ?? null;
  let delimiterCode = delimiter === null ? -1 : delimiter.charCodeAt(0);
  let names: string[] | null = null;
  let width = 0;
  let rest = '';
  let started = false;
  let sampleLines = 0;
  let cells: Cell[] = [];
  let batchCount = 0;
  let rowsDone = 0;
  let blank = 0;
  let out: RowBatch[] = [];
  let direct: DirectRows | null = null;

  const flush = () => {
    if (batchCount === 0) return;
    out.push({ width, rowCount: batchCount, firstRow: rowsDone + 1, cells });
    rowsDone += batchCount;
    batchCount = 0;
    cells = [];
  };

  const endRecord = (mark: number, fields: number) => {
    if (fields === 1 && cells[mark] === '') {
      cells.length = mark;
      blank++;
      return;
    }
    if (names === null) {
      const first = cells.splice(mark) as string[];
      names = header ? parseColumnNames(first, file) : computeDefaultNames(first.length);
      width = names.length;
      if (header) return;
      cells.push(...first);
    } else if (fields !== width) {
      const row = rowsDone + batchCount + 1;
      throw createInputError(
        'PARSE_ERROR',
        { file, row },
        `row ${row} has ${fields} fields but the header has ${width} columns`,
        { fields, columns: width },
      );
    }
    if (++batchCount >= batchRows) flush();
  };

  /** A record read straight into `direct`: blank lines skipped, ragged rows rejected. */
  const endDirectRecord = (rows: DirectRows, fields: number, firstEmpty: boolean) => {
    if (fields === 1 && firstEmpty) {
      rows.abortRow();
      blank++;
      return;
    }
    if (fields !== width) {
      rows.abortRow();
      const row = rowsDone + 1;
      throw createInputError(
        'PARSE_ERROR',
        { file, row },
        `row ${row} has ${fields} fields but the header has ${width} columns`,
        { fields, columns: width },
      );
    }
    rows.commitRow(++rowsDone);
  };

  const fail = (field: number): never => {
    const column = names?.[field];
    const place = names === null ? { file } : { file, row: rowsDone + batchCount + 1, column };
    throw createInputError(
      'PARSE_ERROR',
      place,
      'a quoted field is never closed (the file ends inside quotes)',
    );
  };

  /** Parses whole records from `text`; returns where the first incomplete record starts. */
  const parse = (text: string, final: boolean): number => {
    const n = text.length;
    const D = delimiterCode;
    const rows = direct;
    // Plain decimals are read in the scan unless the delimiter could be part of one.
    const decimals = rows !== null && !(D === 45 || D === 46 || (D >= 48 && D <= 57));
    let i = 0;
    records: while (i < n) {
      const start = i;
      const mark = cells.length;
      let fields = 0;
      let firstEmpty = false;
      rows?.beginRow();
      for (;;) {
        let c = i < n ? text.charCodeAt(i) : -1;
        // An empty first field waits for a second one: alone, it is a blank line. A field that
        // runs to the end of a chunk may go on in the next: the record is read again then.
        if (fields === 1 && firstEmpty) rows?.cell(0, '');
        if (c === Q) {
          let from = i + 1;
          let close: number;
          let escaped = false;
          for (;;) {
            close = text.indexOf(quote, from);
            if (close === -1 || (close + 1 >= n && !final)) break;
            if (text.charCodeAt(close + 1) !== Q) break;
            escaped = true;
            from = close + 2;
          }
          if (close === -1 || (close + 1 >= n && !final)) {
            if (final) fail(fields);
            cells.length = mark;
            rows?.abortRow();
            return start;
          }
          let value = text.slice(i + 1, close);
          if (escaped) value = value.replace(doubled, quote);
          let j = (i = close + 1);
          while (j < n && (c = text.charCodeAt(j)) !== D && c !== LF && c !== CR) j++;
          if (j > i) value += text.slice(i, j);
          i = j;
          if (rows === null) cells.push(value);
          else if (fields === 0 && value.length === 0) firstEmpty = true;
          else if (fields < width && (j < n || final)) rows.cell(fields, value);
        } else {
          let j = i;
          let read = false;
          if (decimals && fields < width && rows.decimal[fields] === 1) {
            // A plain decimal read as parse-cell's computeSimpleDecimal reads it, in the same scan.
            let k = i;
            let sign = 1;
            if (c === 45) {
              sign = -1;
              k++;
            }
            let mantissa = 0;
            let digits = 0;
            let point = -1;
            for (; k < n; k++) {
              c = text.charCodeAt(k);
              if (c >= 48 && c <= 57) {
                mantissa = mantissa * 10 + (c - 48);
                digits++;
              } else if (c === 46 && point === -1) point = k;
              else break;
            }
            if (
              k < n &&
              (c === D || c === LF || c === CR) &&
              digits > 0 &&
              digits <= 15 &&
              k - i <= 16
            ) {
              const scale = point === -1 ? -1 : k - point - 1;
              rows.number(
                fields,
                scale <= 0 ? sign * mantissa : (sign * mantissa) / powersOfTen[scale]!,
              );
              i = k;
              read = true;
            }
          }
          if (!read) {
            while (j < n && (c = text.charCodeAt(j)) !== D && c !== LF && c !== CR) j++;
            if (rows === null) cells.push(text.slice(i, j));
            else if (fields === 0 && j === i) firstEmpty = true;
            else if (fields < width && (j < n || final)) rows.field(fields, text, i, j);
            i = j;
          }
        }
        fields++;
        if (i >= n || (!final && text.charCodeAt(i) === CR && i + 1 >= n)) {
          if (!final) {
            cells.length = mark;
            rows?.abortRow();
            return start;
          }
          if (rows !== null) endDirectRecord(rows, fields, firstEmpty);
          else endRecord(mark, fields);
          return n;
        }
        c = text.charCodeAt(i);
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        if (c !== D) {
          if (rows !== null) endDirectRecord(rows, fields, firstEmpty);
          else endRecord(mark, fields);
          continue records;
        }
      }
    }
    return n;
  };

  const feed = (text: string, final: boolean): RowBatch[] => {
    if (!started) {
      if (!final && delimiter === null && rest.length + text.length < 65536) {
        rest += text;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) sampleLines++;
        if (sampleLines < 20) return [];
        text = '';
      }
      text = (rest + text).replace(/^\ufeff/, '');
      rest = '';
      started = true;
      if (delimiter === null) delimiter = detectDelimiter(text);
      delimiterCode = delimiter.charCodeAt(0);
    }
    const all = rest + text;
    rest = all.slice(parse(all, final));
    const batches = out;
    out = [];
    return batches;
  };

  return {
    push: (text) => feed(text, false),
    end() {
      const batches = feed('', true);
      flush();
      batches.push(...out);
      out = [];
      if (names === null) throw createInputError('PARSE_ERROR', { file }, 'the file is empty');
      if (header && rowsDone === 0) {
        throw createInputError('PARSE_ERROR', { file }, 'the file has a header but no data rows');
      }
      return batches;
    },
    names: () => names,
    delimiter: () => delimiter,
    blankLines: () => blank,
    attach(rows) {
      if (names === null) throw new Error('attach: the parser has not read the column names yet');
      flush();
      const batches = out;
      out = [];
      direct = rows;
      return batches;
    },
  };
}
