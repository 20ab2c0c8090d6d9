/**
 * JSON of an archive, parsed so that no `__proto__`, `constructor` or `prototype` key ever
 * reaches an object the lab uses: any such key, at any depth, refuses the whole text.
 */
import { computeUtf8Text } from '../deploy/utf8';
import { computeArchiveRejection } from './archive-error';

/** Keys refused anywhere in archive JSON. */
export const unsafeJsonKeys: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * The JSON value of an archive entry's bytes (UTF-8). ARCHIVE_REJECTED 'manifest-json' when it
 * is not UTF-8 JSON, 'unsafe-key' when it holds a key of `unsafeJsonKeys`.
 */
export function parseArchiveJson(bytes: Uint8Array, entry: string, file: string): unknown {
  let text: string;
  try {
    text = computeUtf8Text(bytes);
  } catch {
    const detail = `“${entry}” is not UTF-8 text`;
    throw computeArchiveRejection('manifest-json', detail, { file, entry });
  }
  let unsafe: string | null = null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key: string, value: unknown) => {
      if (unsafe === null && unsafeJsonKeys.has(key)) unsafe = key;
      return value;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const detail = `“${entry}” is not valid JSON (${reason})`;
    throw computeArchiveRejection('manifest-json', detail, { file, entry });
  }
  if (unsafe !== null) {
    const detail = `“${entry}” has a “${unsafe}” key, which the lab refuses in any JSON it imports`;
    throw computeArchiveRejection('unsafe-key', detail, { file, entry });
  }
  return parsed;
}
