import { describe, expect, it } from 'vitest';
import {
  createDelimitedParser,
  detectDelimiter,
  type RowBatch,
} from '../../../../src/lifecycle/data/import';

function computeRows(batches: RowBatch[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const b of batches)
    for (let r = 0; r < b.rowCount; r++) rows.push(b.cells.slice(r * b.width, (r + 1) * b.width));
  return rows;
}

function parseAll(text: string, chunkChars: number, options = {}) {
  const parser = createDelimitedParser({ file: 'x.csv', ...options });
  const batches: RowBatch[] = [];
  for (let at = 0; at < text.length; at += chunkChars)
    batches.push(...parser.push(text.slice(at, at + chunkChars)));
  batches.push(...parser.end());
  return { names: parser.names(), rows: computeRows(batches), parser };
}

const tricky = '\ufeffid,note,qty\r\n1,"said ""hi""\r\nthen left",3\r\n2,"a,b",\r\n3,plain,7';

describe('createDelimitedParser', () => {
  it('reads quotes, escaped quotes, CRLF, newlines inside quotes and a BOM', () => {
    const { names, rows } = parseAll(tricky, 1 << 20);
    expect(names).toEqual(['id', 'note', 'qty']);
    expect(rows).toEqual([
      ['1', 'said "hi"\r\nthen left', '3'],
      ['2', 'a,b', ''],
      ['3', 'plain', '7'],
    ]);
  });

  it('gives the same rows whatever the chunk size, even one character at a time', () => {
    const whole = parseAll(tricky, 1 << 20).rows;
    for (const size of [1, 2, 3, 5, 7]) expect(parseAll(tricky, size).rows).toEqual(whole);
  });

  it('detects semicolon, tab and pipe delimiters from the first lines', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(detectDelimiter('"x,y";b\n"1,2";3\n')).toBe(';');
    expect(parseAll('a;b\n1;2,5\n', 1).rows).toEqual([['1', '2,5']]);
  });

  it('reads a file without a header as column1, column2, …', () => {
    const { names, rows } = parseAll('1,2\n3,4\n', 4, { header: false });
    expect(names).toEqual(['column1', 'column2']);
    expect(rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('skips blank lines and counts them', () => {
    const { rows, parser } = parseAll('a,b\n\n1,2\n\n', 3);
    expect(rows).toEqual([['1', '2']]);
    expect(parser.blankLines()).toBe(2);
  });

  it('emits batches of the requested size with their first data row', () => {
    const parser = createDelimitedParser({ file: 'x.csv', batchRows: 2 });
    const batches = [...parser.push('a\n1\n2\n3\n4\n5\n'), ...parser.end()];
    expect(batches.map((b) => [b.firstRow, b.rowCount])).toEqual([
      [1, 2],
      [3, 2],
      [5, 1],
    ]);
  });
});
