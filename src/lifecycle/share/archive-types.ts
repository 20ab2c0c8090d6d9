/**
 * The lab's sharing archive: one zip file (extension `.lablab`) holding `manifest.json` first,
 * then every exported file. The manifest lists each file with its SHA-256 and size, the
 * project's lineage graph, and the entity rows (`contents`) that the importer validates.
 */
import type { LineageGraph } from '../lineage/graph-types';

/** The file extension of a lab archive, dot included. */
export const archiveExtension = '.lablab';

/** The media type a lab archive is offered as (a zip with lab-specific contents). */
export const archiveMediaType = 'application/vnd.lifecycle-lab.archive+zip';

/** The `format` field every lab archive manifest carries. */
export const archiveFormat = 'lifecycle-lab-archive';

/** The archive format this lab writes and reads. */
export const archiveFormatVersion = 1;

/** Where the manifest lives inside the zip (always its first entry when the lab writes it). */
export const archiveManifestPath = 'manifest.json';

/** What was exported: a whole project, or chosen entities of it (their ids in `items`). */
export interface ArchiveScope {
  kind: 'project' | 'selection';
  projectId: string;
  items: string[];
}

/** One file of the archive: its path in the zip, hex SHA-256, size in bytes, and what it holds. */
export interface ArchiveEntry {
  path: string;
  sha256: string;
  size: number;
  kind: string;
}

/** The archive's `manifest.json`. */
export interface ArchiveManifest {
  format: typeof archiveFormat;
  formatVersion: typeof archiveFormatVersion;
  /** The version of the lab that wrote it. */
  app: string;
  /** When it was written, epoch ms. */
  createdAt: number;
  scope: ArchiveScope;
  /** Every file besides the manifest, sorted by path. */
  entries: ArchiveEntry[];
  lineage: LineageGraph;
  /** Entity rows as JSON, filled and validated by the caller. */
  contents: unknown;
}

/** A manifest before writing: the entries are computed from the files. */
export type ArchiveManifestDraft = Omit<ArchiveManifest, 'entries'>;

/** Bounds the reader enforces while it inflates an archive. */
export interface ArchiveLimits {
  /** Most zip entries, manifest included. */
  maxEntries: number;
  /** Most bytes inflated over all entries. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio of one entry, checked once it passes `ratioFloorBytes`. */
  maxRatio: number;
  /** Inflated bytes below which an entry's ratio is not checked. */
  ratioFloorBytes: number;
  /** Most bytes of `manifest.json`, inflated. */
  maxManifestBytes: number;
}

/** Every reason an archive can be refused for (`params.reason` of its ARCHIVE_REJECTED error). */
export const archiveRejections = [
  'not-zip',
  'truncated',
  'corrupt',
  'too-many-entries',
  'too-large',
  'ratio',
  'path',
  'manifest-missing',
  'manifest-json',
  'manifest-schema',
  'newer-format',
  'wrong-format',
  'digest',
  'size',
  'missing-entry',
  'unlisted-entry',
  'unsafe-key',
  'contents',
] as const;

/** Why an archive was refused. */
export type ArchiveRejection = (typeof archiveRejections)[number];

/** Options of `readArchive`: tighter or looser limits, and the archive's file name for errors. */
export interface ArchiveReadOptions {
  limits?: Partial<ArchiveLimits>;
  file?: string;
}

/** Options of `computeArchive`: how a file's `kind` is named (default: its first folder). */
export interface ArchiveWriteOptions {
  kindOf?: (path: string) => string;
}

/** A read archive: the checked manifest and every listed file's bytes, by path. */
export interface ArchiveContents {
  manifest: ArchiveManifest;
  files: Map<string, Uint8Array>;
}
