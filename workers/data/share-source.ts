/**
 * An archive's bytes from a Blob or a URL, read in chunks and refused as soon as they pass the
 * largest archive the lab opens (the archive limits' total), before anything is parsed.
 */
import { defaultArchiveLimits } from '../../src/lifecycle/share/archive-limits';
import { computeArchiveRejection } from '../../src/lifecycle/share/archive-error';
import { openBlobSource, openUrlSource } from './byte-source';

/** The whole archive, at most `maxBytes` (default: the archive limits' total). */
export async function readArchiveSource(
  source: Blob | string,
  file: string,
  maxBytes = defaultArchiveLimits.maxTotalBytes,
): Promise<Uint8Array> {
  const opened =
    typeof source === 'string' ? await openUrlSource(source, file) : openBlobSource(source, file);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of opened.chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      throw computeArchiveRejection('too-large', `the file is over ${maxBytes} bytes`, { file });
    }
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}
