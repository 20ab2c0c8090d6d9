import type {
  DatasetVersionInfo,
  Lab,
  TrainDefaults,
  TrainSearchOptions,
  TrainStartOptions,
} from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import {
  computeSearchDraft,
  computeSearchOptions,
  type SearchDraft,
} from '../ui/stages/train/search-form';
import {
  computeStartOptions,
  computeTrainDraft,
  type TrainDraft,
} from '../ui/stages/train/train-form';

/** The facade calls the Train form needs. */
export interface TrainSetupLab {
  data: Pick<Lab['data'], 'versions'>;
  train: Pick<Lab['train'], 'defaults'>;
}

/**
 * The Train form's state: the dataset version chosen (newest by default), the lab's defaults
 * for it, the typed train and search drafts, and the first error that stops a start.
 */
export class TrainSetup {
  versions = $state.raw<DatasetVersionInfo[]>([]);
  versionId = $state<string | null>(null);
  defaults = $state.raw<TrainDefaults | null>(null);
  draft = $state<TrainDraft | null>(null);
  search = $state<SearchDraft | null>(null);
  status = $state<'loading' | 'ready' | 'empty' | 'error'>('loading');
  /** Loading versions or defaults failed. */
  loadError = $state.raw<LabError | null>(null);
  /** The form's text (or the facade) refused the run before it started. */
  formError = $state.raw<LabError | null>(null);
  /** Which form the error belongs to. */
  errorFrom = $state<'train' | 'search'>('train');
  readonly version = $derived(this.versions.find((v) => v.id === this.versionId) ?? null);
  /** Whether the version brings its own train/validation/test column. */
  readonly hasSplitColumn = $derived(this.defaults?.split.source === 'column');
  readonly #lab: TrainSetupLab;
  #projectId: string | null = null;
  #request = 0;

  constructor(lab: TrainSetupLab) {
    this.#lab = lab;
  }

  /** Loads the project's versions, keeps the chosen one if still there, else the newest. */
  async load(projectId: string): Promise<void> {
    const request = ++this.#request;
    if (this.#projectId !== projectId) {
      this.#projectId = projectId;
      this.versionId = null;
      this.defaults = null;
      this.draft = null;
      this.status = 'loading';
    }
    try {
      const oldestFirst = await this.#lab.data.versions(projectId);
      if (request !== this.#request) return;
      const items = [...oldestFirst].sort(
        (a, b) => (b.addedAt ?? b.createdAt) - (a.addedAt ?? a.createdAt),
      );
      this.versions = items;
      this.loadError = null;
      const keep = items.some((v) => v.id === this.versionId);
      if (!keep) await this.#choose(items[0]?.id ?? null, request);
      // A reload that overtook the defaults' loading loads them again for the kept version.
      else if (this.defaults === null) await this.#choose(this.versionId, request);
      else if (this.status !== 'ready') this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.loadError = toLabError(thrown);
    }
  }

  /** Chooses another version and loads its defaults into a fresh form. */
  async selectVersion(versionId: string): Promise<void> {
    if (versionId === this.versionId) return;
    await this.#choose(versionId, ++this.#request);
  }

  async #choose(versionId: string | null, request: number): Promise<void> {
    this.versionId = versionId;
    this.defaults = null;
    this.draft = null;
    this.formError = null;
    if (versionId === null || this.#projectId === null) {
      this.status = 'empty';
      return;
    }
    this.status = 'loading';
    try {
      const defaults = await this.#lab.train.defaults(this.#projectId, versionId);
      if (request !== this.#request) return;
      this.defaults = defaults;
      this.draft = computeTrainDraft(defaults);
      this.search = computeSearchDraft(this.draft);
      this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.loadError = toLabError(thrown);
    }
  }

  /** Puts the lab's defaults back into the form. */
  reset(): void {
    if (this.defaults === null) return;
    this.draft = computeTrainDraft(this.defaults);
    this.formError = null;
  }

  /** The start options the form states, or null with `formError` set. */
  startOptions(): TrainStartOptions | null {
    return this.#build('train', (draft, target) => computeStartOptions(draft, target));
  }

  /** The search options the two forms state, or null with `formError` set. */
  searchOptions(): TrainSearchOptions | null {
    const search = this.search;
    if (search === null) return null;
    return this.#build('search', (draft, target) =>
      computeSearchOptions(draft, $state.snapshot(search), target),
    );
  }

  /** Shows an error that refused the run (the facade's message is already localised). */
  fail(error: unknown, from: 'train' | 'search' = 'train'): void {
    this.errorFrom = from;
    this.formError = toLabError(error);
  }

  #build<T>(
    from: 'train' | 'search',
    make: (draft: TrainDraft, target: { projectId: string; versionId: string }) => T,
  ): T | null {
    this.formError = null;
    this.errorFrom = from;
    if (this.draft === null || this.versionId === null || this.#projectId === null) return null;
    try {
      const target = { projectId: this.#projectId, versionId: this.versionId };
      return make($state.snapshot(this.draft), target);
    } catch (thrown) {
      this.formError = toLabError(thrown);
      return null;
    }
  }
}
