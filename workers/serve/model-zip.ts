/**
 * A model version exported on its own, zipped in the serve worker: the package is read from
 * storage, checked against its digest, decoded, turned into the standard TensorFlow.js files
 * (`computeModelExport`) and zipped. The same package always gives the same zip bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import { decodePackage } from '../../src/lifecycle/deploy/package-codec';
import { computeModelExport } from '../../src/lifecycle/share/model-export';
import type { ReadmeLocale } from '../../src/lifecycle/share/model-readme-text';
import { LabError } from '../../src/shared/lab-error';
import { createDeployRepo, type LabStore } from '../../src/storage';
import { computeSha256 } from '../data/version-digest';

/** What a model zip is asked for: the package, and the README's language. */
export interface ModelZipRequest {
  dbName?: string;
  packageId: string;
  locale: ReadmeLocale;
}

/** The earliest time a zip entry can carry (DOS dates start in 1980), in ms since the epoch. */
const earliestZipTime = Date.UTC(1980, 0, 2);

/**
 * The zip bytes of a package's model export (`<name>-v<version>/…`). ARCHIVE_REJECTED when the
 * stored bytes no longer hash to the package id, or do not decode to a readable package.
 */
export async function exportModelZip(
  store: LabStore,
  request: ModelZipRequest,
): Promise<Uint8Array> {
  const { packageId } = request;
  const row = await createDeployRepo(store).packageRow(packageId);
  const digest = await computeSha256(new Uint8Array(row.bytes));
  if (digest !== packageId) {
    const detail = `package ${packageId.slice(0, 12)} does not match its digest`;
    throw new LabError(
      'ARCHIVE_REJECTED',
      `Package ${packageId.slice(0, 12)} was altered: its bytes no longer match its digest, so it is not exported.`,
      { params: { reason: 'digest-mismatch', detail }, detail },
    );
  }
  const { manifest, weights } = decodePackage(row.bytes);
  const files = computeModelExport(manifest, weights, { locale: request.locale });
  const entries: Zippable = {};
  for (const [path, bytes] of files) entries[path] = bytes;
  // The package's own time (its run's finish), so the same package zips to the same bytes.
  return zipSync(entries, { level: 6, mtime: Math.max(manifest.createdAt, earliestZipTime) });
}
