/**
 * The manifest's checks, in the order that gives the clearest message: is it a lab archive at
 * all, is it a newer format, then the full schema, then its entry paths.
 */
import * as v from 'valibot';
import { computeArchiveRejection } from './archive-error';
import { archiveManifestSchema, computeSchemaProblem } from './archive-manifest-schema';
import { computeArchivePathProblem } from './archive-paths';
import { archiveFormat, archiveFormatVersion, archiveManifestPath } from './archive-types';
import type { ArchiveManifest } from './archive-types';

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The manifest of parsed `manifest.json`; ARCHIVE_REJECTED when it is not one this lab reads. */
export function parseArchiveManifest(parsed: unknown, file: string): ArchiveManifest {
  const entry = archiveManifestPath;
  const format = field(parsed, 'format');
  if (format !== archiveFormat) {
    const shown = typeof format === 'string' ? `“${format}”` : 'no format';
    const detail = `its manifest says ${shown}, not “${archiveFormat}”: it is not a Lifecycle Lab archive`;
    throw computeArchiveRejection('wrong-format', detail, { file, entry });
  }
  const version = field(parsed, 'formatVersion');
  if (typeof version === 'number' && version > archiveFormatVersion) {
    const detail = `it was made by a newer Lifecycle Lab (format ${version}); this lab reads format ${archiveFormatVersion} — update the lab`;
    throw computeArchiveRejection('newer-format', detail, { file, entry });
  }
  const result = v.safeParse(archiveManifestSchema, parsed);
  if (!result.success) {
    const detail = `its manifest has a wrong field: ${computeSchemaProblem(result.issues)}`;
    throw computeArchiveRejection('manifest-schema', detail, { file, entry });
  }
  const seen = new Set<string>();
  for (const listed of result.output.entries) {
    const problem = computeArchivePathProblem(listed.path);
    if (problem !== null || listed.path === archiveManifestPath || seen.has(listed.path)) {
      const why = problem ?? (seen.has(listed.path) ? 'it is listed twice' : 'it is the manifest');
      const detail = `its manifest lists the unsafe path ${JSON.stringify(listed.path)}: ${why}`;
      throw computeArchiveRejection('path', detail, { file, entry: listed.path });
    }
    seen.add(listed.path);
  }
  return result.output;
}
