import type { ModelVersion } from '../api/deploy-types';
import type { LabShareNamespace } from '../api/share-types';
import { computeModelFolderName } from '../lifecycle/share/model-export';
import { toLabError, type LabError } from '../shared/lab-error';
import { saveBlob } from '../ui/save-file';

/** The part of the facade a model download calls. */
export interface ModelDownloadLab {
  share: Pick<LabShareNamespace['share'], 'exportModel'>;
}

/** The file a downloaded model is saved as: `<name>-v<version>.zip`, like the folder inside. */
export function computeModelZipName(name: string, version: number): string {
  return `${computeModelFolderName(name, version)}.zip`;
}

/**
 * One model version's download in the standard TensorFlow.js format: busy while the serve worker
 * packages and zips it, the last failure until the next try.
 */
export class ModelDownload {
  busy = $state(false);
  error = $state.raw<LabError | null>(null);
  readonly #lab: ModelDownloadLab;
  readonly #afterExport: (version: ModelVersion) => Promise<void>;

  /** `afterExport` runs after a successful export (the version may have been packaged by it). */
  constructor(lab: ModelDownloadLab, afterExport: (version: ModelVersion) => Promise<void>) {
    this.#lab = lab;
    this.#afterExport = afterExport;
  }

  /** Exports the version as a zip and saves it as `<name>-v<version>.zip`; false on failure. */
  async save(version: ModelVersion): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = null;
    try {
      const blob = await this.#lab.share.exportModel(version.id);
      saveBlob(blob, computeModelZipName(version.name, version.version));
      await this.#afterExport(version);
      return true;
    } catch (thrown) {
      this.error = toLabError(thrown);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
