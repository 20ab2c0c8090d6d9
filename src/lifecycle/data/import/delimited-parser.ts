import { defaultBatchRows } from './defaults';
import { detectDelimiter } from './detect-delimiter';
import { createInputError } from './import-error';
import { computeDefaultNames, parseColumnNames } from './parse-column-names';
import type { Cell, RowBatch } from './types';

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
}

const LF = 10;
const CR = 13;

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

  const fail = (mark: number): never => {
    const column = names?.[cells.length - mark];
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
    let i = 0;
    records: while (i < n) {
      const start = i;
      const mark = cells.length;
      let fields = 0;
      for (;;) {
        let c = i < n ? text.charCodeAt(i) : -1;
        let value: string;
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
            if (final) fail(mark);
            cells.length = mark;
            return start;
          }
          value = text.slice(i + 1, close);
          if (escaped) value = value.replace(doubled, quote);
          let j = (i = close + 1);
          while (j < n && (c = text.charCodeAt(j)) !== D && c !== LF && c !== CR) j++;
          if (j > i) value += text.slice(i, j);
          i = j;
        } else {
          let j = i;
          while (j < n && (c = text.charCodeAt(j)) !== D && c !== LF && c !== CR) j++;
          value = text.slice(i, j);
          i = j;
        }
        fields++;
        cells.push(value);
        if (i >= n || (!final && text.charCodeAt(i) === CR && i + 1 >= n)) {
          if (!final) {
            cells.length = mark;
            return start;
          }
          endRecord(mark, fields);
          return n;
        }
        c = text.charCodeAt(i);
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        if (c !== D) {
          endRecord(mark, fields);
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
  };
}
