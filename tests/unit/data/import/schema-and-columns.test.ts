import { describe, expect, it } from 'vitest';
import {
  createColumnBuilder,
  inferSchema,
  parseDatetimeCell,
  parseNumberCell,
  type RowBatch,
} from '../../../../src/lifecycle/data/import';
import { parseText } from './helpers';

function computeBatch(rows: string[][]): RowBatch {
  return { width: rows[0]?.length ?? 0, rowCount: rows.length, firstRow: 1, cells: rows.flat() };
}

describe('cell parsers', () => {
  it('reads decimals but not hex, blanks or Infinity', () => {
    expect(parseNumberCell('-12.5')).toBe(-12.5);
    expect(parseNumberCell('1e3')).toBe(1000);
    expect(parseNumberCell(' 7 ')).toBe(7);
    expect(parseNumberCell('0.1')).toBe(0.1);
    for (const text of ['0x1A', ' ', 'Infinity', '1,5', 'abc'])
      expect(parseNumberCell(text)).toBeNaN();
  });

  it('reads ISO dates as UTC milliseconds and rejects impossible dates', () => {
    expect(parseDatetimeCell('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(parseDatetimeCell('2024-03-01T10:30:00Z')).toBe(Date.UTC(2024, 2, 1, 10, 30));
    expect(parseDatetimeCell('2024-03-01 10:30:00+09:00')).toBe(Date.UTC(2024, 2, 1, 1, 30));
    expect(parseDatetimeCell('2023-02-30')).toBeNaN();
    expect(parseDatetimeCell('03/01/2024')).toBeNaN();
  });
});

describe('inferSchema', () => {
  const names = ['user_id', 'age', 'score', 'member', 'joined', 'city', 'comment', 'userId'];
  const rows = Array.from({ length: 8 }, (_, i) => [
    String(i + 1),
    i === 3 ? 'NA' : String(20 + i),
    (i * 1.5).toFixed(1),
    i % 2 === 0 ? 'true' : 'FALSE',
    `2024-01-0${i + 1}`,
    i % 2 === 0 ? 'Seoul' : 'Busan',
    `free text number ${i}`,
    `u${i}`,
  ]);

  it('infers types and roles from a sample', () => {
    const schema = inferSchema({ names, batches: [computeBatch(rows)] });
    expect(schema.columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['user_id', 'integer', 'id'],
      ['age', 'integer', 'feature'],
      ['score', 'number', 'feature'],
      ['member', 'boolean', 'feature'],
      ['joined', 'datetime', 'time'],
      ['city', 'category', 'feature'],
      ['comment', 'text', 'feature'],
      ['userId', 'text', 'id'],
    ]);
    expect(schema.missingTokens).toEqual(['', 'NA', 'N/A', 'null', 'NaN', '-']);
  });

  it('honours user-defined missing tokens', () => {
    const schema = inferSchema(
      { names: ['x'], batches: [computeBatch([['1'], ['?'], ['2']])] },
      { missingTokens: ['?'] },
    );
    expect(schema.columns[0]?.type).toBe('integer');
    expect(schema.missingTokens).toEqual(['?']);
  });

  it('does not call names like "paid" or "valid" ids', () => {
    const schema = inferSchema({ names: ['paid'], batches: [computeBatch([['1'], ['2'], ['3']])] });
    expect(schema.columns[0]?.role).toBe('feature');
  });
});

describe('createColumnBuilder', () => {
  it('builds Float64 columns with NaN missing and coded columns with -1 missing', () => {
    const builder = createColumnBuilder({
      columns: [
        { name: 'n', type: 'number', role: 'feature' },
        { name: 'c', type: 'category', role: 'feature' },
        { name: 'b', type: 'boolean', role: 'feature' },
        { name: 't', type: 'datetime', role: 'time' },
      ],
      missingTokens: ['', 'NA'],
    });
    builder.append(
      computeBatch([
        ['1.5', 'a', 'true', '2024-01-01'],
        ['NA', '', 'false', ''],
      ]),
    );
    builder.append({ width: 4, rowCount: 1, firstRow: 3, cells: [2, 'a', null, 'NA'] });
    const { table, warnings } = builder.finish();
    expect(table.rowCount).toBe(3);
    expect(table.columns[0]).toEqual({ kind: 'numeric', values: new Float64Array([1.5, NaN, 2]) });
    expect(table.columns[1]).toEqual({
      kind: 'coded',
      codes: new Int32Array([0, -1, 0]),
      dictionary: ['a'],
    });
    expect(table.columns[2]).toEqual({ kind: 'numeric', values: new Float64Array([1, 0, NaN]) });
    expect(table.columns[3]).toEqual({
      kind: 'numeric',
      values: new Float64Array([Date.UTC(2024, 0, 1), NaN, NaN]),
    });
    expect(warnings).toEqual([]);
  });

  it('keeps unparseable numbers as missing, counts them and reports the first positions', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${i % 4 === 0 ? `bad${i}` : i * 2}`);
    const result = await parseText('nums.csv', `id,value\n${rows.join('\n')}\n`, {
      schema: {
        columns: [
          { name: 'id', type: 'integer', role: 'id' },
          { name: 'value', type: 'number', role: 'feature' },
        ],
        missingTokens: [''],
      },
    });
    const value = result.table.columns[1];
    expect(value?.kind === 'numeric' && Number.isNaN(value.values[0])).toBe(true);
    expect(result.warnings).toEqual([
      {
        kind: 'unparseable-cells',
        column: 'value',
        type: 'number',
        count: 8,
        examples: [0, 4, 8, 12, 16].map((i) => ({ row: i + 1, column: 'value', text: `bad${i}` })),
      },
    ]);
  });

  it('reports fractional values in an integer column and keeps them', async () => {
    const schema = {
      columns: [{ name: 'k', type: 'integer' as const, role: 'feature' as const }],
      missingTokens: [],
    };
    const result = await parseText('k.csv', 'k\n1\n2.5\n', { schema });
    expect(result.table.columns[0]).toEqual({
      kind: 'numeric',
      values: new Float64Array([1, 2.5]),
    });
    expect(result.warnings).toEqual([{ kind: 'fractional-integers', column: 'k', count: 1 }]);
  });
});
