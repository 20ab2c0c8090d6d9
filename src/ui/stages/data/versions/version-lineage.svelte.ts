import type { DatasetVersionInfo, Lab, VersionDiff } from '../../../../api/types';
import {
  computeVersionLayout,
  type LineageLayout,
  type LineageVersion,
} from '../../../../lifecycle/data/lineage';
import { toLabError, type LabError } from '../../../../shared/lab-error';

/** A project's versions as a lineage graph (oldest first), and a diff of two of them. */
export class VersionLineage {
  items = $state.raw<DatasetVersionInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  diff = $state.raw<VersionDiff | null>(null);
  diffStatus = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  diffError = $state.raw<LabError | null>(null);
  readonly layout: LineageLayout = $derived(
    computeVersionLayout(this.items.map((item) => this.toLineage(item))),
  );
  readonly #data: Pick<Lab['data'], 'versions' | 'diff'>;
  #request = 0;
  #diffRequest = 0;

  constructor(data: Pick<Lab['data'], 'versions' | 'diff'>) {
    this.#data = data;
  }

  /** The lineage fields of a version. */
  toLineage(item: DatasetVersionInfo): LineageVersion {
    return { id: item.id, parents: item.parents, step: item.step.kind, rows: item.rows };
  }

  /** Loads the versions of `projectId`, oldest first; a newer call wins over an older one. */
  async load(projectId: string): Promise<void> {
    const request = ++this.#request;
    try {
      const versions = await this.#data.versions(projectId);
      if (request !== this.#request) return;
      this.items = [...versions].sort(
        (a, b) => (a.addedAt ?? a.createdAt) - (b.addedAt ?? b.createdAt),
      );
      this.status = 'ready';
      this.error = null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Compares version `aId` (before) with `bId` (after) in the data worker. */
  async compare(aId: string, bId: string): Promise<void> {
    const request = ++this.#diffRequest;
    this.diffStatus = 'loading';
    try {
      const diff = await this.#data.diff(aId, bId);
      if (request !== this.#diffRequest) return;
      this.diff = diff;
      this.diffStatus = 'ready';
      this.diffError = null;
    } catch (thrown) {
      if (request !== this.#diffRequest) return;
      this.diffStatus = 'error';
      this.diffError = toLabError(thrown);
    }
  }
}
