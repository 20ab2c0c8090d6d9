import type { DatasetVersionInfo, Lab } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** A project's dataset versions on the Data page, newest first, and the one selected. */
export class DataVersions {
  items = $state.raw<DatasetVersionInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  selectedId = $state<string | null>(null);
  readonly selected = $derived(this.items.find((item) => item.id === this.selectedId) ?? null);
  readonly #data: Pick<Lab['data'], 'versions'>;
  #projectId: string | null = null;
  /** A version to select once a load finds it (a finished import), whichever load that is. */
  #prefer: string | null = null;
  #request = 0;

  constructor(data: Pick<Lab['data'], 'versions'>) {
    this.#data = data;
  }

  /**
   * Loads the versions of `projectId` (newest first). Keeps the selection when it is still
   * there, else selects `prefer` or the newest; a newer call wins over an older one.
   */
  async load(projectId: string, prefer?: string): Promise<void> {
    const request = ++this.#request;
    if (this.#projectId !== projectId) {
      this.#projectId = projectId;
      this.#prefer = null;
      this.items = [];
      this.selectedId = null;
      this.status = 'loading';
    }
    if (prefer !== undefined) this.#prefer = prefer;
    try {
      const oldestFirst = await this.#data.versions(projectId);
      if (request !== this.#request) return;
      const items = [...oldestFirst].sort(
        (a, b) => (b.addedAt ?? b.createdAt) - (a.addedAt ?? a.createdAt),
      );
      this.items = items;
      this.status = 'ready';
      this.error = null;
      const has = (id: string | null | undefined) => items.some((item) => item.id === id);
      if (has(this.#prefer)) {
        this.selectedId = this.#prefer;
        this.#prefer = null;
      } else if (!has(this.selectedId)) this.selectedId = items[0]?.id ?? null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  select(id: string): void {
    this.selectedId = id;
  }
}
