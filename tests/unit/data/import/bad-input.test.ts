import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../../src/lifecycle/data/import';
import { computeRejection, parseText } from './helpers';

async function computeFailure(name: string, text: string, options = {}) {
  const error = await computeRejection(parseText(name, text, options, 2));
  return {
    code: error.code,
    file: error.file,
    row: error.row,
    column: error.column,
    message: error.message,
  };
}

describe('parseTable bad input', () => {
  it('rejects an empty file', async () => {
    expect(await computeRejection(parseTable({ name: 'e.csv', chunks: [] }))).toMatchObject({
      code: 'PARSE_ERROR',
      file: 'e.csv',
      message: '"e.csv": the file is empty',
    });
    expect(await computeFailure('blank.csv', '\n\n')).toMatchObject({
      code: 'PARSE_ERROR',
      message: expect.stringContaining('empty'),
    });
  });

  it('rejects a header without rows', async () => {
    expect(await computeFailure('h.csv', 'a,b\r\n')).toMatchObject({
      code: 'PARSE_ERROR',
      file: 'h.csv',
      message: expect.stringContaining('header but no data rows'),
    });
  });

  it('rejects ragged rows with the data row', async () => {
    expect(await computeFailure('r.csv', 'a,b\n1,2\n3,4,5\n')).toMatchObject({
      code: 'PARSE_ERROR',
      row: 2,
      message: '"r.csv", row 2: row 2 has 3 fields but the header has 2 columns',
    });
    expect(await computeFailure('r.csv', 'a,b\n1,2\n3\n')).toMatchObject({ row: 2 });
  });

  it('rejects duplicate and empty column names', async () => {
    expect(await computeFailure('d.csv', 'a,b,a\n1,2,3\n')).toMatchObject({
      code: 'PARSE_ERROR',
      column: 'a',
    });
    expect(await computeFailure('d.csv', 'a,,c\n1,2,3\n')).toMatchObject({
      code: 'PARSE_ERROR',
      column: '#2',
      message: expect.stringContaining('column 2 of the header has no name'),
    });
  });

  it('rejects unsupported formats', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
    expect(await computeRejection(parseTable({ name: 'book.xlsx', chunks: [zip] }))).toMatchObject({
      code: 'PARSE_ERROR',
      file: 'book.xlsx',
      message: expect.stringContaining('unsupported format'),
    });
    const junk = new Uint8Array([1, 2, 3, 4, 5, 200, 7]);
    expect(await computeRejection(parseTable({ name: 'blob.bin', chunks: [junk] }))).toMatchObject({
      code: 'PARSE_ERROR',
    });
  });

  it('rejects malformed JSON with its line', async () => {
    expect(await computeFailure('m.json', '[\n{"a": 1},\n{"a": }\n]')).toMatchObject({
      code: 'PARSE_ERROR',
      row: 3,
      message: expect.stringContaining('malformed at line 3'),
    });
    expect(await computeFailure('m.jsonl', '{"a":1}\n{"a":\n')).toMatchObject({
      code: 'PARSE_ERROR',
      row: 2,
    });
  });

  it('rejects JSON that is not an array of objects', async () => {
    expect(await computeFailure('o.json', '{"a": 1}', { format: 'json' })).toMatchObject({
      message: expect.stringContaining('is an object, not an array of objects'),
    });
    expect(await computeFailure('n.json', '[{"a":1}, 5]')).toMatchObject({
      row: 2,
      message: expect.stringContaining('item 2'),
    });
    expect(await computeFailure('l.jsonl', '{"a":1}\n[1]\n')).toMatchObject({ row: 2 });
  });

  it('rejects an unterminated quote at the end of the file, naming row and column', async () => {
    expect(await computeFailure('q.csv', 'a,b\n1,2\n3,"never closed\n4,5\n')).toMatchObject({
      code: 'PARSE_ERROR',
      row: 2,
      column: 'b',
      message: expect.stringContaining('never closed'),
    });
  });

  it('rejects a schema whose columns do not match the file', async () => {
    const schema = {
      columns: [{ name: 'x', type: 'number' as const, role: 'feature' as const }],
      missingTokens: [],
    };
    expect(await computeFailure('s.csv', 'a\n1\n', { schema })).toMatchObject({
      code: 'SCHEMA_MISMATCH',
      column: 'a',
    });
  });

  it('rejects a corrupt Parquet file', async () => {
    const bytes = new TextEncoder().encode('PAR1 not really');
    expect(
      await computeRejection(parseTable({ name: 'x.parquet', chunks: [bytes] })),
    ).toMatchObject({
      code: 'PARSE_ERROR',
      message: expect.stringContaining('Parquet file cannot be read'),
    });
  });
});
