/** One central-directory record read and checked: name, method, local header, data range. */
import { computeUtf8Text } from '../deploy/utf8';
import { computeArchiveRejection } from './archive-error';
import { computeArchivePathProblem } from './archive-paths';

/** One entry as the central directory describes it. */
export interface ZipEntryRecord {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
  dataStart: number;
}

/** The central directory's signature. */
export const centralSignature = 0x02014b50;

/** A local file header's signature. */
export const localSignature = 0x04034b50;

/** The structural reasons a zip is refused for. */
export type Structural = 'not-zip' | 'truncated' | 'corrupt' | 'path';

/** What the record readers share: the bytes, where the directory starts, the archive's name. */
export interface ZipContext {
  bytes: Uint8Array;
  view: DataView;
  directoryAt: number;
  file: string;
}

/** An ARCHIVE_REJECTED error about the zip structure, naming the entry when there is one. */
export function computeZipRejection(
  context: ZipContext,
  reason: Structural,
  detail: string,
  entry?: string,
): Error {
  const { file } = context;
  return computeArchiveRejection(reason, detail, entry === undefined ? { file } : { file, entry });
}

/** The record at `at` of the central directory, its local header checked. */
export function readZipRecord(
  context: ZipContext,
  at: number,
  nameBytes: Uint8Array,
): ZipEntryRecord {
  const { bytes, view, directoryAt } = context;
  let name: string;
  try {
    name = computeUtf8Text(nameBytes);
  } catch {
    throw computeZipRejection(context, 'path', 'an entry name is not UTF-8 text');
  }
  const problem = computeArchivePathProblem(name);
  if (problem !== null) {
    throw computeZipRejection(
      context,
      'path',
      `the entry ${JSON.stringify(name)} is unsafe: ${problem}`,
      name,
    );
  }
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  if (flags & 1)
    throw computeZipRejection(context, 'not-zip', `the entry “${name}” is encrypted`, name);
  if (method !== 0 && method !== 8) {
    const detail = `the entry “${name}” uses compression method ${method}, which the lab does not read`;
    throw computeZipRejection(context, 'not-zip', detail, name);
  }
  const compressedSize = view.getUint32(at + 20, true);
  const localOffset = view.getUint32(at + 42, true);
  if (localOffset + 30 > directoryAt || view.getUint32(localOffset, true) !== localSignature) {
    const detail = `the entry “${name}” has no local header where the directory says`;
    throw computeZipRejection(context, 'corrupt', detail, name);
  }
  const localNameLength = view.getUint16(localOffset + 26, true);
  const localName = bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength);
  if (localName.length !== nameBytes.length || localName.some((b, i) => b !== nameBytes[i])) {
    const detail = `the entry “${name}” has another name in its local header`;
    throw computeZipRejection(context, 'corrupt', detail, name);
  }
  const dataStart = localOffset + 30 + localNameLength + view.getUint16(localOffset + 28, true);
  if (dataStart + compressedSize > directoryAt) {
    throw computeZipRejection(
      context,
      'corrupt',
      `the data of “${name}” runs into the zip directory`,
      name,
    );
  }
  const crc = view.getUint32(at + 16, true);
  const declaredSize = view.getUint32(at + 24, true);
  return { name, method, crc, compressedSize, declaredSize, localOffset, dataStart };
}

/** Refuses entries whose data ranges overlap (one stretch of bytes inflated many times). */
export function checkNoOverlap(context: ZipContext, records: ZipEntryRecord[]): void {
  const sorted = [...records].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (before && after && before.dataStart + before.compressedSize > after.localOffset) {
      const detail = `the entries “${before.name}” and “${after.name}” overlap (a zip-bomb trick)`;
      throw computeZipRejection(context, 'corrupt', detail, after.name);
    }
  }
}
