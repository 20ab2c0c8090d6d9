/**
 * Default bounds of the archive reader. An archive is refused as soon as inflating it passes
 * one of them, counting the bytes actually inflated, never the sizes its headers claim.
 */
import type { ArchiveLimits } from './archive-types';

const mebibyte = 1024 * 1024;

/**
 * Default limits: 10,000 entries; 2 GiB inflated in total; an inflated/compressed ratio of at
 * most 1,000 per entry, checked once the entry has inflated past 1 MiB (deflate cannot beat
 * about 1,032, so only a zip bomb's runs of one byte reach it); a manifest of at most 64 MiB.
 */
export const defaultArchiveLimits: Readonly<ArchiveLimits> = {
  maxEntries: 10_000,
  maxTotalBytes: 2 * 1024 * mebibyte,
  maxRatio: 1_000,
  ratioFloorBytes: mebibyte,
  maxManifestBytes: 64 * mebibyte,
};

/**
 * Compressed bytes handed to the inflater at a time (16 KiB): one slice can inflate to at most
 * about 16.5 MB, so a bomb is stopped after one slice past a limit.
 */
export const archiveSliceBytes = 16 * 1024;

/** Deflate level of archive entries (6, zlib's default balance of size and speed). */
export const archiveDeflateLevel = 6;

/** File extensions stored without compression: their bytes are already compressed or dense. */
export const archiveStoredExtensions: ReadonlySet<string> = new Set([
  'bin',
  'parquet',
  'png',
  'jpg',
  'jpeg',
  'webp',
  'gz',
  'zip',
  'lablab',
]);

/** The fixed modification time of every entry (1980-01-01 00:00, DOS time's epoch), so equal input gives equal bytes. */
export const archiveEntryTime = { year: 1980, month: 0, day: 1 } as const;

/** The limits of `options` over the defaults. */
export function computeArchiveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  const limits: ArchiveLimits = { ...defaultArchiveLimits };
  for (const key of Object.keys(limits) as (keyof ArchiveLimits)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && value >= 0) limits[key] = value;
  }
  return limits;
}
