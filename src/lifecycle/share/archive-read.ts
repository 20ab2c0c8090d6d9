/**
 * Reading an archive, checking everything before the caller writes anything: the zip's
 * structure and entry names, bounded inflation, the manifest's JSON, format and schema, that
 * the zip holds exactly the listed files, and every file's size and SHA-256.
 */
import { LabError } from '../../shared/lab-error';
import { computeArchiveSha256 } from './archive-digest';
import { computeArchiveRejection } from './archive-error';
import { hasArchiveEntryCrc, inflateArchiveEntry, type InflateBudget } from './archive-inflate';
import { parseArchiveJson } from './archive-json';
import { computeArchiveLimits } from './archive-limits';
import { parseArchiveManifest } from './archive-read-manifest';
import { parseZipDirectory } from './archive-zip-directory';
import { archiveManifestPath } from './archive-types';
import type { ArchiveContents, ArchiveReadOptions } from './archive-types';

function crcRejection(entry: string, file: string): LabError {
  const detail = `the entry “${entry}” fails its zip CRC-32 check: its bytes are damaged`;
  return computeArchiveRejection('corrupt', detail, { file, entry });
}

/** The checked manifest and files of archive bytes; ARCHIVE_REJECTED (with `params.reason`) otherwise. */
export async function readArchive(
  bytes: Uint8Array,
  options: ArchiveReadOptions = {},
): Promise<ArchiveContents> {
  const file = options.file ?? 'archive';
  try {
    return await readChecked(bytes, file, options);
  } catch (error) {
    if (error instanceof LabError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw computeArchiveRejection('corrupt', `the file could not be read (${reason})`, { file });
  }
}

async function readChecked(
  bytes: Uint8Array,
  file: string,
  options: ArchiveReadOptions,
): Promise<ArchiveContents> {
  const limits = computeArchiveLimits(options.limits);
  const directory = parseZipDirectory(bytes, limits, file);
  const manifestRecord = directory.get(archiveManifestPath);
  if (manifestRecord === undefined) {
    const detail = `it has no “${archiveManifestPath}”: it is not a Lifecycle Lab archive`;
    throw computeArchiveRejection('manifest-missing', detail, { file });
  }
  const budget: InflateBudget = { inflatedBytes: 0 };
  const manifestBytes = inflateArchiveEntry(bytes, manifestRecord, {
    limits,
    budget,
    file,
    maxBytes: limits.maxManifestBytes,
  });
  if (!hasArchiveEntryCrc(manifestBytes, manifestRecord))
    throw crcRejection(archiveManifestPath, file);
  const manifest = parseArchiveManifest(
    parseArchiveJson(manifestBytes, archiveManifestPath, file),
    file,
  );
  const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
  for (const entry of manifest.entries) {
    if (!directory.has(entry.path)) {
      const detail = `the manifest lists “${entry.path}”, which is not in the archive`;
      throw computeArchiveRejection('missing-entry', detail, { file, entry: entry.path });
    }
  }
  for (const name of directory.keys()) {
    if (name !== archiveManifestPath && !listed.has(name)) {
      const detail = `it holds “${name}”, which its manifest does not list`;
      throw computeArchiveRejection('unlisted-entry', detail, { file, entry: name });
    }
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.entries) {
    const record = directory.get(entry.path);
    if (record === undefined) continue;
    const content = inflateArchiveEntry(bytes, record, { limits, budget, file });
    if (content.length !== entry.size) {
      const detail = `“${entry.path}” has ${content.length} bytes, but the manifest says ${entry.size}`;
      throw computeArchiveRejection('size', detail, { file, entry: entry.path });
    }
    const sha256 = await computeArchiveSha256(content);
    if (sha256 !== entry.sha256) {
      const detail = `“${entry.path}” does not match its SHA-256 in the manifest: it was changed or damaged`;
      throw computeArchiveRejection('digest', detail, { file, entry: entry.path });
    }
    if (!hasArchiveEntryCrc(content, record)) throw crcRejection(entry.path, file);
    files.set(entry.path, content);
  }
  return { manifest, files };
}
