import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseTable } from '../../../../src/lifecycle/data/import';
import { computeChunks, parseText } from './helpers';

const parquet = new Uint8Array(
  readFileSync(new URL('../../../fixtures/import/simple.parquet', import.meta.url)),
);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('goes by the extension, then the content', () => {
    expect(detectFormat('a.csv', bytesOf('x'))).toBe('csv');
    expect(detectFormat('a.TSV', bytesOf('x'))).toBe('tsv');
    expect(detectFormat('a.ndjson', bytesOf('{}'))).toBe('jsonl');
    expect(detectFormat('a.json', bytesOf(' [{}]'))).toBe('json');
    expect(detectFormat('a.json', bytesOf('{"a":1}\n{"a":2}'))).toBe('jsonl');
    expect(detectFormat('data', bytesOf('PAR1'))).toBe('parquet');
    expect(detectFormat('data', bytesOf('a;b\n1;2'))).toBe('delimited');
  });
});

describe('parseTable formats', () => {
  it('reads a TSV', async () => {
    const result = await parseText('a.tsv', 'x\ty\n1\tp\n2\tq\n');
    expect(result.format).toBe('tsv');
    expect(result.schema.columns.map((c) => c.type)).toEqual(['integer', 'text']);
  });

  it('reads a JSON array of objects, with missing keys as missing and nested values as text', async () => {
    const json = JSON.stringify([
      { a: 1, b: 'x' },
      { a: 2.5, c: { deep: true } },
      { a: null, b: 'x' },
    ]);
    const result = await parseText('rows.json', json, {}, 3);
    expect(result.format).toBe('json');
    expect(result.table.names).toEqual(['a', 'b', 'c']);
    expect(result.table.columns[0]).toEqual({
      kind: 'numeric',
      values: new Float64Array([1, 2.5, NaN]),
    });
    expect(result.table.columns[1]).toEqual({
      kind: 'coded',
      codes: new Int32Array([0, -1, 0]),
      dictionary: ['x'],
    });
    expect(result.table.columns[2]).toMatchObject({ dictionary: ['{"deep":true}'] });
  });

  it('streams JSON Lines and reports keys first seen after the sample', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ n: i, flag: i % 2 === 0 }));
    const text = `${lines.join('\n')}\n\n{"n":9,"late":1}\n`;
    const result = await parseText('rows.jsonl', text, {}, 1);
    expect(result.table.rowCount).toBe(6);
    expect(result.schema.columns.map((c) => [c.name, c.type])).toEqual([
      ['n', 'integer'],
      ['flag', 'boolean'],
      ['late', 'integer'],
    ]);
    const late = await parseTable({
      name: 'late.jsonl',
      chunks: [bytesOf(`${'{"n":1}\n'.repeat(10_001)}{"n":2,"z":3}\n`)],
    });
    expect(late.warnings).toEqual([
      { kind: 'unknown-keys', keys: ['z'], firstRow: 10_002, count: 1 },
    ]);
  });

  it('reads Parquet through hyparquet into the same columnar form', async () => {
    const result = await parseTable({
      name: 'simple.parquet',
      chunks: computeChunks(parquet, 100),
    });
    expect(result.format).toBe('parquet');
    expect(result.table.names).toEqual(['A', 'B']);
    expect(result.schema.columns.map((c) => c.type)).toEqual(['integer', 'category']);
    expect(result.table.columns[0]).toEqual({
      kind: 'numeric',
      values: new Float64Array([1, 2, 3]),
    });
    expect(result.table.columns[1]).toEqual({
      kind: 'coded',
      codes: new Int32Array([0, 0, 0]),
      dictionary: ['foo'],
    });
  });

  it('keeps markup in cells verbatim as data', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const result = await parseText('x.csv', `id,html\n1,${xss}\n2,"${xss}"\n`);
    expect(result.table.columns[1]).toMatchObject({ dictionary: [xss] });
  });

  it('uses a schema the user edited instead of inferring one', async () => {
    const schema = {
      columns: [
        { name: 'zip', type: 'category' as const, role: 'feature' as const },
        { name: 'y', type: 'number' as const, role: 'target' as const },
      ],
      missingTokens: ['-'],
    };
    const result = await parseText('z.csv', 'zip,y\n01234,1\n-,2\n', { schema });
    expect(result.schema).toEqual(schema);
    expect(result.table.columns[0]).toEqual({
      kind: 'coded',
      codes: new Int32Array([0, -1]),
      dictionary: ['01234'],
    });
  });

  it('reports progress in bytes and stops when cancelled', async () => {
    const phases: string[] = [];
    const text = `a,b\n${'1,2\n'.repeat(50_000)}`;
    const signal = { aborted: false };
    const result = parseTable(
      { name: 'p.csv', chunks: computeChunks(bytesOf(text), 1 << 14), size: text.length },
      (progress) => {
        phases.push(progress.phase);
        if (progress.done > 50_000) signal.aborted = true;
      },
      signal,
    );
    await expect(result).rejects.toMatchObject({ code: 'CANCELLED', file: 'p.csv' });
    expect(phases).toContain('parse');
  });
});
