import type { EvaluationReport, EvaluationSplit, Lab } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import { FinishedRuns, type RunChoiceStore } from './finished-runs.svelte';

/** Progress of an evaluation, as the facade reports it. */
export interface EvaluateProgress {
  done: number;
  total: number;
  phase: string;
}

/** The part of the facade the Evaluate page's session calls. */
export interface EvaluateSessionLab {
  runs: Pick<Lab['runs'], 'list'>;
  evaluate: Pick<Lab['evaluate'], 'run' | 'report'>;
}

/**
 * The Evaluate page: the project's finished runs, the chosen run and split, its stored report,
 * and running an evaluation (optionally with a sensitive column) with its progress.
 */
export class EvaluateSession extends FinishedRuns {
  split = $state<EvaluationSplit>('test');
  report = $state.raw<EvaluationReport | null>(null);
  reportStatus = $state<'idle' | 'loading' | 'running' | 'ready' | 'error'>('idle');
  reportError = $state.raw<LabError | null>(null);
  progress = $state.raw<EvaluateProgress | null>(null);
  readonly busy = $derived(this.reportStatus === 'running');
  readonly #lab: EvaluateSessionLab;
  #request = 0;

  constructor(lab: EvaluateSessionLab, store: RunChoiceStore) {
    super((projectId) => lab.runs.list(projectId), store);
    this.#lab = lab;
  }

  /** Lists the project's finished runs (newest first) and opens the remembered or newest one. */
  async load(projectId: string): Promise<void> {
    if (this.openProject(projectId)) {
      this.report = null;
      this.reportStatus = 'idle';
    }
    if (await this.listRuns(projectId)) await this.#loadReport();
  }

  /** Opens another run (remembered for this tab) and its stored report. */
  async select(runId: string): Promise<void> {
    if (this.chooseRun(runId)) await this.#loadReport();
  }

  /** Switches the split scored and shows its stored report. */
  async setSplit(split: EvaluationSplit): Promise<void> {
    if (split === this.split) return;
    this.split = split;
    await this.#loadReport();
  }

  /** Evaluates the chosen run on the chosen split, with a sensitive column for fairness if given. */
  async evaluate(fairness?: { sensitive: string | null; positive: string | null }): Promise<void> {
    const runId = this.runId;
    if (runId === null || this.busy) return;
    const request = ++this.#request;
    this.reportStatus = 'running';
    this.reportError = null;
    this.progress = null;
    try {
      const report = await this.#lab.evaluate.run(runId, {
        split: this.split,
        ...(fairness ?? {}),
        onProgress: (progress) => {
          if (request === this.#request) this.progress = { ...progress };
        },
      });
      if (request !== this.#request) return;
      this.report = report;
      this.reportStatus = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.reportStatus = 'error';
      this.reportError = toLabError(thrown);
    } finally {
      if (request === this.#request) this.progress = null;
    }
  }

  async #loadReport(): Promise<void> {
    const request = ++this.#request;
    const runId = this.runId;
    this.report = null;
    this.reportError = null;
    this.progress = null;
    if (runId === null) {
      this.reportStatus = 'idle';
      return;
    }
    this.reportStatus = 'loading';
    try {
      const report = await this.#lab.evaluate.report(runId, { split: this.split });
      if (request !== this.#request) return;
      this.report = report;
      this.reportStatus = report === null ? 'idle' : 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.reportStatus = 'error';
      this.reportError = toLabError(thrown);
    }
  }
}
