import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding, parseTable } from '../../../../src/lifecycle/data/import';
import { computeChunks, computeRejection } from './helpers';

const cp949 = new Uint8Array(
  readFileSync(new URL('../../../fixtures/import/hangul-cp949.csv', import.meta.url)),
);

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const all = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < all.length; i++) view.setUint16(i * 2, all.charCodeAt(i), littleEndian);
  return bytes;
}

function column(result: Awaited<ReturnType<typeof parseTable>>, name: string): string[] {
  const values = result.table.columns[result.table.names.indexOf(name)];
  if (values?.kind !== 'coded') throw new Error('not coded');
  return [...values.codes].map((code) => values.dictionary[code] ?? '');
}

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({
      encoding: 'utf-8',
      bom: true,
    });
    expect(detectEncoding(encodeUtf16('a,b', true, true))).toMatchObject({
      encoding: 'utf-16le',
      bom: true,
    });
    expect(detectEncoding(encodeUtf16('a,b', false, true))).toMatchObject({
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('finds UTF-16 without a BOM from its NUL bytes', () => {
    expect(detectEncoding(encodeUtf16('name,age\nann,3\n', true, false)).encoding).toBe('utf-16le');
    expect(detectEncoding(encodeUtf16('name,age\nann,3\n', false, false)).encoding).toBe(
      'utf-16be',
    );
  });

  it('accepts UTF-8 whose sample ends inside a multi-byte character', () => {
    const bytes = new TextEncoder().encode('가'.repeat(30_000));
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-8', confidence: 1 });
  });

  it('recognises CP949 Hangul', () => {
    const guess = detectEncoding(cp949);
    expect(guess.encoding).toBe('euc-kr');
    expect(guess.confidence).toBeGreaterThan(0.9);
  });
});

describe('parseTable encodings', () => {
  it('imports a CP949 Korean CSV with Hangul intact, fed one byte at a time', async () => {
    const result = await parseTable({ name: 'hangul.csv', chunks: computeChunks(cp949, 1) });
    expect(result.encoding).toBe('euc-kr');
    expect(result.table.names).toEqual(['이름', '도시', '나이']);
    expect(column(result, '이름')).toEqual(['김민준', '이서연', '박지호']);
    expect(column(result, '도시')).toEqual(['서울', '부산', '대구, 수성구']);
  });

  it('imports UTF-16 with a BOM', async () => {
    const bytes = encodeUtf16('도시,n\n서울,1\n부산,2\n', true, true);
    const result = await parseTable({ name: 'u16.csv', chunks: computeChunks(bytes, 3) });
    expect(result.encoding).toBe('utf-16le');
    expect(result.table.names).toEqual(['도시', 'n']);
    expect(column(result, '도시')).toEqual(['서울', '부산']);
  });

  it('keeps a UTF-8 character split across 1-byte chunks', async () => {
    const bytes = new TextEncoder().encode('city,n\n"서울\n특별시",1\n');
    const result = await parseTable({ name: 'seoul.csv', chunks: computeChunks(bytes, 1) });
    expect(column(result, 'city')).toEqual(['서울\n특별시']);
  });

  it('rejects UTF-8 forced on CP949 bytes, naming the file and the line', async () => {
    const error = await computeRejection(
      parseTable({ name: 'hangul.csv', chunks: [cp949], encoding: 'utf-8' }),
    );
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.file).toBe('hangul.csv');
    expect(error.row).toBe(1);
    expect(error.message).toContain('not valid utf-8');
  });

  it('places the first bad byte on its line even across chunks', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\n3,'), 0xff, 0x0a]);
    const error = await computeRejection(
      parseTable({ name: 'bad.csv', chunks: computeChunks(bytes, 2), encoding: 'utf-8' }),
    );
    expect(error.row).toBe(3);
  });
});
