/**
 * The zip's table of contents, read from its central directory: every entry's name, method,
 * sizes and where its data lies. Names are checked and kept in a Map, never as object keys.
 * Sizes here are only claims: the inflater counts the bytes it actually produces.
 */
import { computeArchiveRejection } from './archive-error';
import type { ArchiveLimits } from './archive-types';
import {
  centralSignature,
  checkNoOverlap,
  localSignature,
  readZipRecord,
  computeZipRejection,
  type ZipContext,
  type ZipEntryRecord,
} from './archive-zip-record';

export type { ZipEntryRecord } from './archive-zip-record';

const eocdSignature = 0x06054b50;

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) !== eocdSignature) continue;
    if (at + 22 + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  return -1;
}

/** The entries of a zip, in central-directory order; ARCHIVE_REJECTED when it is not a readable zip. */
export function parseZipDirectory(
  bytes: Uint8Array,
  limits: ArchiveLimits,
  file: string,
): Map<string, ZipEntryRecord> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const context: ZipContext = { bytes, view, directoryAt: 0, file };
  const startsAsZip = bytes.length >= 4 && view.getUint32(0, true) === localSignature;
  const end = bytes.length >= 22 ? findEndRecord(bytes, view) : -1;
  if (end < 0) {
    if (startsAsZip || (bytes.length > 0 && bytes.length < 4 && bytes[0] === 0x50)) {
      throw computeZipRejection(
        context,
        'truncated',
        'the file is cut short: the end of the zip is missing',
      );
    }
    const detail = `the file is not a zip archive (${bytes.length} bytes, no zip directory)`;
    throw computeZipRejection(context, 'not-zip', detail);
  }
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryAt = view.getUint32(end + 16, true);
  context.directoryAt = directoryAt;
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw computeZipRejection(
      context,
      'not-zip',
      'the zip is split over several files, which the lab does not read',
    );
  }
  if (count === 0xffff || directoryAt === 0xffffffff || directorySize === 0xffffffff) {
    throw computeZipRejection(
      context,
      'not-zip',
      'the zip uses ZIP64 records, which the lab does not read',
    );
  }
  if (count > limits.maxEntries) {
    const detail = `it has ${count} entries, more than the ${limits.maxEntries} the lab accepts`;
    throw computeArchiveRejection('too-many-entries', detail, { file });
  }
  const directoryEnd = directoryAt + directorySize;
  if (directoryEnd > end) {
    throw computeZipRejection(
      context,
      'truncated',
      'the zip directory points past the end of the file: it is cut short',
    );
  }
  const entries = new Map<string, ZipEntryRecord>();
  let at = directoryAt;
  for (let index = 0; index < count; index++) {
    const damaged = `the zip directory is damaged at entry ${index + 1}`;
    if (at + 46 > directoryEnd || view.getUint32(at, true) !== centralSignature) {
      throw computeZipRejection(context, 'corrupt', damaged);
    }
    const nameLength = view.getUint16(at + 28, true);
    const tail = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength + tail > directoryEnd)
      throw computeZipRejection(context, 'corrupt', damaged);
    const record = readZipRecord(context, at, bytes.subarray(at + 46, at + 46 + nameLength));
    if (entries.has(record.name)) {
      throw computeZipRejection(
        context,
        'path',
        `the entry “${record.name}” appears twice`,
        record.name,
      );
    }
    entries.set(record.name, record);
    at += 46 + nameLength + tail;
  }
  checkNoOverlap(context, [...entries.values()]);
  return entries;
}
