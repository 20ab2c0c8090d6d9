/**
 * `lab.share`: a project or a selection exported as one archive and imported back, each in the
 * data worker (the archive is checked completely before one transaction writes it); a model on
 * its own; a run's evaluation report as standalone HTML. Each export is recorded, so the lab can
 * remind the user of projects changed since their last export.
 */
import type { DataBridge } from '../bridges/data-bridge';
import { LabError } from '../shared/lab-error';
import { recordExport, type LabStore } from '../storage';
import type { LabShareNamespace } from './share-types';

/** What the share namespace uses. */
export interface ShareDeps {
  bridge: DataBridge;
  store: LabStore;
  app: string;
  exportModel: LabShareNamespace['share']['exportModel'];
  reportHtml: LabShareNamespace['share']['reportHtml'];
  dbName?: string;
  newId?: () => string;
}

/** The archive's file name for errors: a File's name, a URL's last segment, else "archive". */
function sourceName(source: Blob | string): string {
  if (typeof source === 'string') {
    try {
      const path = new URL(source, globalThis.location?.href).pathname;
      return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || source;
    } catch {
      return source;
    }
  }
  return 'name' in source && typeof source.name === 'string' ? source.name : 'archive';
}

/** `lab.share` over the data bridge. */
export function createShareApi(deps: ShareDeps): LabShareNamespace['share'] {
  const db = deps.dbName === undefined ? {} : { dbName: deps.dbName };
  const newId = deps.newId ?? (() => crypto.randomUUID());
  return {
    async export(selection, options = {}) {
      const { blob, sha256 } = await deps.bridge.exportArchive(
        { ...db, selection, app: deps.app },
        options.onProgress,
      );
      await recordExport(deps.store, {
        id: newId(),
        projectId: selection.projectId,
        scope: 'items' in selection ? selection.items.map((i) => i.kind).join(',') : 'project',
        digest: sha256,
        bytes: blob.size,
        createdAt: Date.now(),
      });
      return blob;
    },
    async import(source, options = {}) {
      if (!(source instanceof Blob) && typeof source !== 'string') {
        throw new LabError('INVALID_ARGUMENT', 'import a File, a Blob or a URL', {
          params: { field: 'source', reason: 'wrong_type' },
        });
      }
      return deps.bridge.importArchive(
        { ...db, source, file: sourceName(source) },
        options.onProgress,
      );
    },
    exportModel: (modelVersionId) => deps.exportModel(modelVersionId),
    reportHtml: (runId, options) => deps.reportHtml(runId, options),
  };
}
