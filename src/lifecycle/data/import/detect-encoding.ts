import { detectionSampleBytes } from './defaults';
import { createTextDecoder } from './text-decoder';
import type { EncodingGuess, ImportEncoding } from './types';

/** Whether the bytes start with a byte-order mark, and for which encoding. */
function computeBomEncoding(bytes: Uint8Array): ImportEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: text in Latin script has a NUL in every other byte. */
function computeUtf16ByNuls(sample: Uint8Array): ImportEncoding | null {
  let evenNuls = 0;
  let oddNuls = 0;
  const pairs = sample.length >> 1;
  if (pairs < 2) return null;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decoded text when the sample is valid in the encoding (a sequence cut at the end is fine). */
function computeStrictDecode(sample: Uint8Array, encoding: ImportEncoding): string | null {
  try {
    return createTextDecoder(encoding, true).decode(sample, { stream: true });
  } catch {
    return null;
  }
}

/** Share of non-ASCII characters that are Hangul syllables or jamo. */
function computeHangulShare(text: string): number {
  let nonAscii = 0;
  let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3130 && code <= 0x318f)) hangul++;
  }
  return nonAscii === 0 ? 0 : hangul / nonAscii;
}

/** Whether any byte is outside ASCII. */
function hasHighBytes(sample: Uint8Array): boolean {
  for (let i = 0; i < sample.length; i++) if ((sample[i] as number) >= 0x80) return true;
  return false;
}

/**
 * The text encoding of a file from its first bytes: a BOM decides; else UTF-16 by NUL
 * patterns; else UTF-8 when the sample decodes strictly; else EUC-KR/CP949 when it decodes as
 * that (confidence from the share of Hangul). Falls back to UTF-8 with confidence 0.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const bomEncoding = computeBomEncoding(bytes);
  if (bomEncoding !== null) return { encoding: bomEncoding, bom: true, confidence: 1 };
  const sample = bytes.subarray(0, detectionSampleBytes);
  const utf16 = computeUtf16ByNuls(sample);
  if (utf16 !== null) return { encoding: utf16, bom: false, confidence: 0.8 };
  if (computeStrictDecode(sample, 'utf-8') !== null) {
    return { encoding: 'utf-8', bom: false, confidence: hasHighBytes(sample) ? 1 : 0.9 };
  }
  const korean = computeStrictDecode(sample, 'euc-kr');
  if (korean !== null) {
    return { encoding: 'euc-kr', bom: false, confidence: 0.5 + 0.5 * computeHangulShare(korean) };
  }
  return { encoding: 'utf-8', bom: false, confidence: 0 };
}
