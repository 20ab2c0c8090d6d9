import { detectEncoding } from './detect-encoding';
import { createInputError } from './import-error';
import type { ImportFormat } from './types';

const byExtension: Readonly<Record<string, ImportFormat>> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  txt: 'delimited',
  dat: 'delimited',
  psv: 'delimited',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  parquet: 'parquet',
  pq: 'parquet',
};

/** Signatures of formats people drop in that the lab does not read. */
const unsupportedMagic: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or an Excel .xlsx workbook)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office document (.xls)' },
];

/** Whether `bytes` start with `magic`. */
function hasPrefix(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The first character that is not white space or a byte-order mark, or ''. */
function computeFirstChar(head: Uint8Array): string {
  for (const byte of head) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0) continue;
    if (byte === 0xef || byte === 0xbb || byte === 0xbf || byte === 0xff || byte === 0xfe) continue;
    return String.fromCharCode(byte);
  }
  return '';
}

/**
 * The format of a file from its name and first bytes: a known extension decides (a `.json`
 * file holding one object per line is read as JSON Lines); else the content (PAR1, `[`, `{`,
 * text). Archives, spreadsheets, PDFs and unknown binary throw PARSE_ERROR.
 */
export function detectFormat(name: string, head: Uint8Array): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const unsupported = unsupportedMagic.find((magic) => hasPrefix(head, magic.bytes));
  const first = computeFirstChar(head);
  const known = unsupported === undefined ? byExtension[extension] : undefined;
  if (known === 'json') return first === '{' ? 'jsonl' : 'json';
  if (known !== undefined) return known;
  if (hasPrefix(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  const binary =
    head.subarray(0, 4096).some((byte) => byte < 0x09) &&
    !detectEncoding(head).encoding.startsWith('utf-16');
  if (unsupported !== undefined || binary) {
    const what = unsupported?.name ?? (extension === '' ? 'binary data' : `a .${extension} file`);
    throw createInputError(
      'PARSE_ERROR',
      { file: name },
      `unsupported format: this looks like ${what}; the lab reads CSV/TSV/delimited text, JSON, JSON Lines and Parquet`,
      { format: extension },
    );
  }
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  return 'delimited';
}
