/**
 * `lab.share.exportModel`: a model version on its own, as a zip of the standard TensorFlow.js
 * layers files, its fitted preprocessing, input schema and a README in the current language.
 * The version is packaged first when it is not yet; the serve worker reads, checks and zips it.
 */
import type { ServeBridge } from '../bridges/serve-bridge';
import type { Locale } from '../i18n';
import type { Lab } from './types';

/** What the model exporter is made of. */
export interface ModelExporterDeps {
  serve: Pick<ServeBridge, 'exportModelZip'>;
  deploy: Pick<Lab['deploy'], 'package'>;
  getLocale: () => Locale;
  dbName?: string;
}

/** The zip Blob (`application/zip`) of a model version, packaging it first when needed. */
export function createModelExporter(
  deps: ModelExporterDeps,
): (modelVersionId: string) => Promise<Blob> {
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  return async (modelVersionId) => {
    const pkg = await deps.deploy.package(modelVersionId);
    const bytes = await deps.serve.exportModelZip({
      ...db,
      packageId: pkg.id,
      locale: deps.getLocale(),
    });
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
  };
}
