import type {
  DatasetVersionInfo,
  Lab,
  RecipeApplyReport,
  RecipePreview,
  RecipeStep,
} from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import {
  buildStep,
  createDraft,
  type OfferedKind,
  type StepDraft,
} from '../ui/stages/data/recipe/step-forms';

/** What the recipe panel is doing. */
export type RecipeStatus = 'idle' | 'previewing' | 'previewed' | 'applying' | 'applied' | 'failed';

/**
 * The "Clean and transform" panel's live state: the step being drafted on one version, its
 * preview, and the version the last apply made (with the step's fitted parameters).
 */
export class RecipeState {
  draft = $state<StepDraft>(createDraft('impute'));
  status = $state<RecipeStatus>('idle');
  preview = $state.raw<RecipePreview | null>(null);
  applied = $state.raw<RecipeApplyReport | null>(null);
  error = $state.raw<LabError | null>(null);
  readonly busy = $derived(this.status === 'previewing' || this.status === 'applying');
  readonly #data: Pick<Lab['data'], 'preview' | 'apply' | 'split'>;
  #version: DatasetVersionInfo | null = null;
  #target: string | null = null;
  #request = 0;

  constructor(data: Pick<Lab['data'], 'preview' | 'apply' | 'split'>) {
    this.#data = data;
  }

  /**
   * Works on `version` from now on. A new version starts a fresh draft of the same kind; the
   * report of the apply that made it stays, so its fitted parameters remain in view.
   */
  useVersion(version: DatasetVersionInfo, target: string | null): void {
    if (this.#version?.id === version.id) return;
    this.#version = version;
    this.#target = target;
    this.#request++;
    this.draft = createDraft(this.draft.kind, target);
    this.preview = null;
    this.error = null;
    const madeIt = this.applied?.versionId === version.id;
    if (!madeIt) this.applied = null;
    this.status = madeIt ? 'applied' : 'idle';
  }

  /** Starts a fresh draft of another step kind. */
  chooseKind(kind: OfferedKind): void {
    this.draft = createDraft(kind, this.#target);
    this.clearResult();
  }

  /** The draft changed: an old preview or error no longer describes it. */
  clearResult(): void {
    this.#request++;
    this.preview = null;
    this.error = null;
    if (this.status !== 'applied') this.status = 'idle';
  }

  #step(): RecipeStep {
    return buildStep($state.snapshot(this.draft), this.#version!.schema);
  }

  /** Shows what the drafted step would do: sample rows and statistics before and after. */
  async runPreview(): Promise<void> {
    if (!this.#version) return;
    const request = ++this.#request;
    this.status = 'previewing';
    this.error = null;
    try {
      const preview = await this.#data.preview(this.#version.id, this.#step());
      if (request !== this.#request) return;
      this.preview = preview;
      this.status = 'previewed';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.preview = null;
      this.error = toLabError(thrown);
      this.status = 'failed';
    }
  }

  /** Applies the drafted step as a new version; resolves its id, or null when it failed. */
  async runApply(): Promise<string | null> {
    if (!this.#version) return null;
    const request = ++this.#request;
    const versionId = this.#version.id;
    this.status = 'applying';
    this.error = null;
    try {
      const step = this.#step();
      const report =
        step.kind === 'split'
          ? await this.#data.split(versionId, {
              kind: step.method,
              ratios: step.ratios,
              seed: step.seed,
              ...(step.column === undefined ? {} : { column: step.column }),
            })
          : await this.#data.apply(versionId, step);
      if (request !== this.#request) return null;
      this.applied = report;
      this.status = 'applied';
      return report.versionId;
    } catch (thrown) {
      if (request !== this.#request) return null;
      this.error = toLabError(thrown);
      this.status = 'failed';
      return null;
    }
  }
}
