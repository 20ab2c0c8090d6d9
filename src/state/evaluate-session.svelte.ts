import type { EvaluationReport, EvaluationSplit, Lab, RunInfo } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

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

/** Where the chosen run is remembered in this tab (sessionStorage, or a test's stand-in). */
export type EvaluateRunStore = Pick<Storage, 'getItem' | 'setItem'> | null;

/** The sessionStorage key holding the run the Evaluate page opens with, per project. */
export function evaluateRunKey(projectId: string): string {
  return `lab.evaluate.run.${projectId}`;
}

/** Whether a run has a finished model that can be evaluated. */
export function isEvaluable(run: RunInfo): boolean {
  return run.status === 'done' && run.kind === 'train';
}

/**
 * The Evaluate page: the project's finished runs, the chosen run and split, its stored report,
 * and running an evaluation (optionally with a sensitive column) with its progress.
 */
export class EvaluateSession {
  runs = $state.raw<RunInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  runId = $state<string | null>(null);
  split = $state<EvaluationSplit>('test');
  report = $state.raw<EvaluationReport | null>(null);
  reportStatus = $state<'idle' | 'loading' | 'running' | 'ready' | 'error'>('idle');
  reportError = $state.raw<LabError | null>(null);
  progress = $state.raw<EvaluateProgress | null>(null);
  readonly run = $derived(this.runs.find((run) => run.id === this.runId) ?? null);
  readonly busy = $derived(this.reportStatus === 'running');
  readonly #lab: EvaluateSessionLab;
  readonly #store: EvaluateRunStore;
  #projectId: string | null = null;
  #request = 0;

  constructor(lab: EvaluateSessionLab, store: EvaluateRunStore) {
    this.#lab = lab;
    this.#store = store;
  }

  /** Lists the project's finished runs (newest first) and opens the remembered or newest one. */
  async load(projectId: string): Promise<void> {
    const changed = this.#projectId !== projectId;
    this.#projectId = projectId;
    if (changed) {
      this.runs = [];
      this.runId = null;
      this.report = null;
      this.reportStatus = 'idle';
      this.status = 'loading';
    }
    try {
      const all = await this.#lab.runs.list(projectId);
      if (this.#projectId !== projectId) return;
      const runs = all.filter(isEvaluable).sort((a, b) => b.createdAt - a.createdAt);
      this.runs = runs;
      this.status = 'ready';
      this.error = null;
      if (runs.some((run) => run.id === this.runId)) return;
      const remembered = this.#read(projectId);
      const pick = runs.find((run) => run.id === remembered) ?? runs[0] ?? null;
      this.runId = pick?.id ?? null;
      await this.#loadReport();
    } catch (thrown) {
      if (this.#projectId !== projectId) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Opens another run (remembered for this tab) and its stored report. */
  async select(runId: string): Promise<void> {
    if (runId === this.runId) return;
    this.runId = runId;
    if (this.#projectId !== null) this.#write(this.#projectId, runId);
    await this.#loadReport();
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

  #read(projectId: string): string | null {
    try {
      return this.#store?.getItem(evaluateRunKey(projectId)) ?? null;
    } catch {
      return null;
    }
  }

  #write(projectId: string, runId: string): void {
    try {
      this.#store?.setItem(evaluateRunKey(projectId), runId);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts only this page.
    }
  }
}
