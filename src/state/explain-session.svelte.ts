import type { Lab } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import { FinishedRuns, type RunChoiceStore } from './finished-runs.svelte';
import type { ExplainNamespace, ExplainProgress, GlobalExplanation } from './explain-types';

/** The part of the facade the Explain page's session calls. */
export interface ExplainSessionLab {
  runs: Pick<Lab['runs'], 'list'>;
  explain: Pick<ExplainNamespace, 'global' | 'stored'>;
}

/**
 * The Explain page: the project's finished runs (the one chosen on Evaluate preselected), the
 * run's stored global explanation, computing a new one with progress and cancel, and the
 * feature whose partial dependence is shown.
 */
export class ExplainSession extends FinishedRuns {
  global = $state.raw<GlobalExplanation | null>(null);
  globalStatus = $state<'idle' | 'loading' | 'running' | 'ready' | 'cancelled' | 'error'>('idle');
  globalError = $state.raw<LabError | null>(null);
  progress = $state.raw<ExplainProgress | null>(null);
  /** Feature whose partial dependence and ICE curves are shown. */
  pdFeature = $state<string | null>(null);
  readonly busy = $derived(this.globalStatus === 'running');
  readonly dependence = $derived(
    this.global?.dependence.find((pd) => pd.feature === this.pdFeature) ??
      this.global?.dependence[0] ??
      null,
  );
  readonly #lab: ExplainSessionLab;
  #request = 0;
  #abort: AbortController | null = null;

  constructor(lab: ExplainSessionLab, store: RunChoiceStore) {
    super((projectId) => lab.runs.list(projectId), store);
    this.#lab = lab;
  }

  /** Lists the project's finished runs and opens the remembered (or newest) one. */
  async load(projectId: string): Promise<void> {
    if (this.openProject(projectId)) this.#clear();
    if (await this.listRuns(projectId)) await this.#loadStored();
  }

  /** Opens another run (remembered for this tab, shared with Evaluate) and its stored explanation. */
  async select(runId: string): Promise<void> {
    if (!this.chooseRun(runId)) return;
    this.cancel();
    await this.#loadStored();
  }

  /** Computes the run's global explanation (importance, dependence, structure) with progress. */
  async explain(): Promise<void> {
    const runId = this.runId;
    if (runId === null || this.busy) return;
    const request = ++this.#request;
    const abort = new AbortController();
    this.#abort = abort;
    this.globalStatus = 'running';
    this.globalError = null;
    this.progress = null;
    try {
      const global = await this.#lab.explain.global(runId, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (request === this.#request) this.progress = { ...progress };
        },
      });
      if (request !== this.#request) return;
      this.#show(global);
    } catch (thrown) {
      if (request !== this.#request) return;
      const error = toLabError(thrown);
      const cancelled = abort.signal.aborted || error.code === 'CANCELLED';
      this.globalStatus = cancelled ? 'cancelled' : 'error';
      this.globalError = cancelled ? null : error;
    } finally {
      if (request === this.#request) {
        this.progress = null;
        this.#abort = null;
      }
    }
  }

  /** Stops a running global explanation; nothing is kept. */
  cancel(): void {
    this.#abort?.abort();
  }

  /** Shows the partial dependence of another feature. */
  choose(feature: string): void {
    this.pdFeature = feature;
  }

  #show(global: GlobalExplanation | null): void {
    this.global = global;
    this.globalStatus = global === null ? 'idle' : 'ready';
    const features = global?.dependence.map((pd) => pd.feature) ?? [];
    if (this.pdFeature !== null && features.includes(this.pdFeature)) return;
    const ranked = global?.importance.features.map((item) => item.feature) ?? [];
    this.pdFeature = ranked.find((feature) => features.includes(feature)) ?? features[0] ?? null;
  }

  #clear(): void {
    this.#request += 1;
    this.#abort?.abort();
    this.#abort = null;
    this.global = null;
    this.globalStatus = 'idle';
    this.globalError = null;
    this.progress = null;
    this.pdFeature = null;
  }

  async #loadStored(): Promise<void> {
    this.#clear();
    const request = this.#request;
    const runId = this.runId;
    if (runId === null) return;
    this.globalStatus = 'loading';
    try {
      const stored = await this.#lab.explain.stored(runId);
      if (request === this.#request) this.#show(stored);
    } catch (thrown) {
      if (request !== this.#request) return;
      this.globalStatus = 'error';
      this.globalError = toLabError(thrown);
    }
  }
}
