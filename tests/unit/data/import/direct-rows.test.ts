import { describe, expect, it } from 'vitest';
import {
  createColumnBuilder,
  createDelimitedParser,
  parseTable,
  type RowBatch,
} from '../../../../src/lifecycle/data/import';
import type { DatasetSchema } from '../../../../src/lifecycle/data/types';
import { computeRejection, computeTextChunks } from './helpers';

const schema: DatasetSchema = {
  columns: [
    { name: 'code', type: 'category', role: 'feature' },
    { name: 'x', type: 'number', role: 'feature' },
    { name: 'n', type: 'integer', role: 'feature' },
    { name: 'flag', type: 'boolean', role: 'feature' },
    { name: 'when', type: 'datetime', role: 'feature' },
    { name: 'note', type: 'text', role: 'feature' },
  ],
  missingTokens: ['NA', ''],
};

/** Rows with every kind of cell the direct appends read differently: quotes, blanks, bad cells. */
function computeMessyCsv(rows: number, eol: string): string {
  let seed = 3;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const pick = (values: string[]) => values[Math.floor(next() * values.length)] as string;
  const lines = ['code,x,n,flag,when,note'];
  for (let row = 0; row < rows; row++) {
    lines.push(
      [
        pick(['a', 'b', '', '"a"', 'NA', '"c,d"']),
        pick([
          '1.5',
          '-0.000',
          '',
          'NA',
          'abc',
          '"2.25"',
          ' 3 ',
          '1e5',
          '12345678901234567',
          '.5',
          '-',
        ]),
        pick(['7', '7.5', '', 'x', '"8"', '-3']),
        pick(['true', 'FALSE', 'maybe', '']),
        pick(['2024-01-02', '2023-02-30', '', '2024-01-02T03:04:05Z']),
        pick(['hello', '"line\nbreak"', '"q""q"', 'x'.repeat(80), 'ü']),
      ].join(','),
    );
    if (next() < 0.02) lines.push(pick(['', '""']));
  }
  return lines.join(eol) + eol;
}

/** Builds the table from text: by batches only, or typed appends after the first batch. */
function buildTable(text: string, chunkChars: number, direct: boolean) {
  const parser = createDelimitedParser({ file: 'm.csv', batchRows: 64 });
  const builder = createColumnBuilder(schema, 16);
  let attached = !direct;
  const append = (batches: RowBatch[]) => {
    for (const batch of batches) builder.append(batch);
    if (!attached && parser.names() !== null && builder.rowCount() > 0) {
      attached = true;
      for (const batch of parser.attach(builder.direct())) builder.append(batch);
    }
  };
  for (let at = 0; at < text.length; at += chunkChars)
    append(parser.push(text.slice(at, at + chunkChars)));
  append(parser.end());
  return { ...builder.finish(), blank: parser.blankLines() };
}

describe('typed appends straight from the delimited parser', () => {
  for (const [eol, chunkChars] of [
    ['\n', 7],
    ['\r\n', 13],
    ['\r\n', 1000],
    ['\n', 1 << 20],
  ] as const) {
    it(`give the same table and warnings as row batches (${JSON.stringify(eol)}, ${chunkChars}-char chunks)`, () => {
      const text = computeMessyCsv(600, eol);
      const direct = buildTable(text, chunkChars, true);
      expect(direct.table.rowCount).toBe(600);
      expect(direct).toEqual(buildTable(text, chunkChars, false));
    });
  }

  it('reads a large file into the same columns and version content on any chunking', async () => {
    const lines = ['x,y,cat'];
    for (let row = 0; row < 30_000; row++) {
      lines.push(`${((row * 7919) % 2001) / 8 - 100},${row % 13},${['p', 'q', 'r'][row % 3]}`);
    }
    const text = `${lines.join('\n')}\n`;
    const whole = await parseTable({ name: 'l.csv', chunks: computeTextChunks(text, 1 << 22) });
    // With the size known, the columns are reserved from the rows read so far.
    const small = await parseTable({
      name: 'l.csv',
      chunks: computeTextChunks(text, 1021),
      size: new TextEncoder().encode(text).length,
    });
    expect(small).toEqual(whole);
    expect(whole.table.rowCount).toBe(30_000);
    const x = whole.table.columns[0];
    expect(x?.kind === 'numeric' && x.values[29_999]).toBe(((29_999 * 7919) % 2001) / 8 - 100);
  });

  it('names the row of a ragged record read after the schema is known', async () => {
    const lines = ['x,y'];
    for (let row = 0; row < 20_000; row++) lines.push(`${row},${row / 2}`);
    lines.push('1,2,3');
    const error = await computeRejection(
      parseTable({ name: 'r.csv', chunks: computeTextChunks(`${lines.join('\n')}\n`, 4096) }),
    );
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toContain('row 20001 has 3 fields');
  });
});
