import type { LabShareNamespace, ShareImportSummary, ShareProgress } from '../api/share-types';
import { archiveExtension } from '../lifecycle/share/archive-types';
import { toLabError, type LabError } from '../shared/lab-error';
import { computeFileStem, saveBlob } from '../ui/save-file';

/** The part of the facade sharing calls. */
export interface ShareLab {
  share: Pick<LabShareNamespace['share'], 'export' | 'import'>;
}

/**
 * Exporting a project (or a model version with its ancestry) as a `.lablab` download, and
 * importing one from a file, a drop or a link: busy and progress while the data worker works,
 * the last failure or import summary until the next try.
 */
export class ProjectShare {
  busy = $state<'export' | 'import' | null>(null);
  progress = $state.raw<ShareProgress | null>(null);
  error = $state.raw<LabError | null>(null);
  imported = $state.raw<ShareImportSummary | null>(null);
  readonly #lab: ShareLab;

  constructor(lab: ShareLab) {
    this.#lab = lab;
  }

  /** Saves the project, or the model version with what it was made from, as an archive. */
  async exportProject(
    project: { id: string; name: string },
    modelVersionId: string | null = null,
  ): Promise<boolean> {
    return this.#run('export', async () => {
      const selection = modelVersionId
        ? { projectId: project.id, items: [{ kind: 'model-version' as const, id: modelVersionId }] }
        : { projectId: project.id };
      const blob = await this.#lab.share.export(selection, {
        onProgress: (p) => (this.progress = p),
      });
      saveBlob(blob, `${computeFileStem(project.name)}${archiveExtension}`);
    });
  }

  /** Imports an archive from a file or a URL; the summary stays in `imported`. */
  async importArchive(source: Blob | string): Promise<ShareImportSummary | null> {
    let summary: ShareImportSummary | null = null;
    await this.#run('import', async () => {
      summary = await this.#lab.share.import(source, { onProgress: (p) => (this.progress = p) });
      this.imported = summary;
    });
    return summary;
  }

  async #run(kind: 'export' | 'import', work: () => Promise<void>): Promise<boolean> {
    if (this.busy !== null) return false;
    this.busy = kind;
    this.error = null;
    this.progress = null;
    try {
      await work();
      return true;
    } catch (thrown) {
      this.error = toLabError(thrown);
      return false;
    } finally {
      this.busy = null;
    }
  }
}
