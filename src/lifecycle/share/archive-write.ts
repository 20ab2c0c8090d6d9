/**
 * Writing an archive: `manifest.json` first (canonical JSON, every entry with its SHA-256 and
 * size), then the files sorted by path. Entry times are fixed, so equal input gives equal bytes.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import * as v from 'valibot';
import { LabError } from '../../shared/lab-error';
import { computeCanonicalJson } from '../deploy/canonical-json';
import { computeUtf8Bytes } from '../deploy/utf8';
import { computeArchiveSha256 } from './archive-digest';
import { isArchiveRejection } from './archive-error';
import { parseArchiveJson } from './archive-json';
import { archiveDeflateLevel, archiveEntryTime, archiveStoredExtensions } from './archive-limits';
import { computeSchemaProblem, archiveManifestSchema } from './archive-manifest-schema';
import { computeArchivePathProblem } from './archive-paths';
import { archiveManifestPath } from './archive-types';
import type {
  ArchiveEntry,
  ArchiveManifest,
  ArchiveManifestDraft,
  ArchiveWriteOptions,
} from './archive-types';

function invalid(field: string, reason: string, message: string): LabError {
  return new LabError('INVALID_ARGUMENT', message, { params: { field, reason }, detail: message });
}

/** The kind of a file by default: its first folder (`runs/r1/weights.bin` → `runs`), else `file`. */
export function computeArchiveEntryKind(path: string): string {
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash) : 'file';
}

function isStored(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return (
    dot > path.lastIndexOf('/') && archiveStoredExtensions.has(path.slice(dot + 1).toLowerCase())
  );
}

async function computeEntries(
  files: ReadonlyMap<string, Uint8Array>,
  kindOf: (path: string) => string,
): Promise<ArchiveEntry[]> {
  const paths = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries: ArchiveEntry[] = [];
  for (const path of paths) {
    const problem = computeArchivePathProblem(path);
    if (problem !== null) {
      throw invalid(
        'files',
        'archive-path',
        `The file name “${path}” cannot go in an archive: ${problem}.`,
      );
    }
    if (path === archiveManifestPath) {
      throw invalid(
        'files',
        'archive-reserved-path',
        `“${path}” is reserved for the archive's manifest.`,
      );
    }
    const bytes = files.get(path) ?? new Uint8Array(0);
    entries.push({
      path,
      sha256: await computeArchiveSha256(bytes),
      size: bytes.length,
      kind: kindOf(path),
    });
  }
  return entries;
}

function checkManifest(manifest: ArchiveManifest, json: Uint8Array): void {
  const result = v.safeParse(archiveManifestSchema, manifest);
  if (!result.success) {
    const problem = computeSchemaProblem(result.issues);
    throw invalid('manifest', 'archive-manifest', `The archive manifest is not valid: ${problem}.`);
  }
  try {
    parseArchiveJson(json, archiveManifestPath, 'export');
  } catch (error) {
    if (!isArchiveRejection(error)) throw error;
    throw invalid(
      'manifest',
      'archive-unsafe-key',
      `The archive manifest cannot be written: ${error.detail ?? ''}.`,
    );
  }
}

/**
 * The archive bytes of `files` (path → bytes) and a manifest draft: entries are computed, the
 * manifest goes first. INVALID_ARGUMENT for an unsafe path, a manifest the reader would refuse.
 */
export async function computeArchive(
  files: ReadonlyMap<string, Uint8Array>,
  draft: ArchiveManifestDraft,
  options: ArchiveWriteOptions = {},
): Promise<Uint8Array> {
  const entries = await computeEntries(files, options.kindOf ?? computeArchiveEntryKind);
  const manifest: ArchiveManifest = { ...draft, entries };
  const json = computeUtf8Bytes(computeCanonicalJson(manifest));
  checkManifest(manifest, json);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const mtime = new Date(archiveEntryTime.year, archiveEntryTime.month, archiveEntryTime.day);
  const add = (path: string, bytes: Uint8Array, store: boolean): void => {
    const entry = store
      ? new ZipPassThrough(path)
      : new ZipDeflate(path, { level: archiveDeflateLevel });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(bytes, true);
  };
  add(archiveManifestPath, json, false);
  for (const entry of entries)
    add(entry.path, files.get(entry.path) ?? new Uint8Array(0), isStored(entry.path));
  zip.end();
  if (failure !== null) throw failure;
  return joinChunks(chunks);
}

function joinChunks(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
