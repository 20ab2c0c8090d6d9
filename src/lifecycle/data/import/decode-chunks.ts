import { createInputError } from './import-error';
import { createTextDecoder } from './text-decoder';
import type { ImportEncoding } from './types';

/** Decodes byte chunks to text strictly, counting lines so a bad byte can be placed. */
export interface ChunkDecoder {
  /** Text of the next chunk (a character split across chunks is carried over). */
  decode(bytes: Uint8Array): string;
  /** Whatever is left when the bytes end; throws if they end inside a character. */
  end(): string;
}

/** Number of line feeds in a text. */
function computeLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The last 4–5 bytes read, starting at an even offset (so UTF-16 code units stay aligned). */
function computeTail(previous: Uint8Array, bytes: Uint8Array, offset: number): Uint8Array {
  const end = offset + bytes.length;
  if (bytes.length >= 5) return bytes.slice(bytes.length - 4 - (end % 2));
  const joined = new Uint8Array(previous.length + bytes.length);
  joined.set(previous);
  joined.set(bytes, previous.length);
  const keep = Math.min(joined.length, 4 + (end % 2));
  return joined.slice(joined.length - keep);
}

/**
 * A strict streaming decoder: bytes that are not valid in the chosen encoding throw
 * PARSE_ERROR naming the file and the line of the first bad byte, never mojibake.
 */
export function createChunkDecoder(encoding: ImportEncoding, file: string): ChunkDecoder {
  const strict = createTextDecoder(encoding, true);
  let lineFeeds = 0;
  let offset = 0;
  // The last bytes before the current chunk: enough to finish a character cut at its start.
  let tail: Uint8Array = new Uint8Array(0);

  const fail = (bytes: Uint8Array, cause: unknown): never => {
    const lenient = createTextDecoder(encoding, false);
    lenient.decode(tail, { stream: true });
    const text = lenient.decode(bytes, { stream: true });
    const bad = text.indexOf('\ufffd');
    const line = lineFeeds + computeLineFeeds(bad === -1 ? text : text.slice(0, bad)) + 1;
    const error = createInputError(
      'PARSE_ERROR',
      { file, row: line },
      `the bytes on line ${line} are not valid ${encoding}; choose another encoding (Korean files are often EUC-KR/CP949)`,
      { encoding, line },
    );
    throw Object.assign(error, { cause });
  };

  const take = (text: string): string => {
    lineFeeds += computeLineFeeds(text);
    return text;
  };

  return {
    decode(bytes) {
      let text: string;
      try {
        text = strict.decode(bytes, { stream: true });
      } catch (cause) {
        return fail(bytes, cause);
      }
      tail = computeTail(tail, bytes, offset);
      offset += bytes.length;
      return take(text);
    },
    end() {
      try {
        return take(strict.decode());
      } catch (cause) {
        return fail(new Uint8Array(0), cause);
      }
    },
  };
}
