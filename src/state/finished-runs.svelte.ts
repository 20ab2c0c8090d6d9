import type { RunInfo } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** Where the chosen run is remembered in this tab (sessionStorage, or a test's stand-in). */
export type RunChoiceStore = Pick<Storage, 'getItem' | 'setItem'> | null;

/** This tab's sessionStorage, or nothing where the browser refuses it. */
export function tabRunStore(): RunChoiceStore {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The sessionStorage key holding the run the Evaluate and Explain pages open with, per project. */
export function evaluateRunKey(projectId: string): string {
  return `lab.evaluate.run.${projectId}`;
}

/** Whether a run has a finished model that can be evaluated or explained. */
export function isEvaluable(run: RunInfo): boolean {
  return run.status === 'done' && run.kind === 'train';
}

/**
 * A project's finished runs (newest first) and the one chosen, remembered for this tab so that
 * Evaluate and Explain open the same run; the pages' sessions build on it.
 */
export class FinishedRuns {
  runs = $state.raw<RunInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  runId = $state<string | null>(null);
  readonly run = $derived(this.runs.find((run) => run.id === this.runId) ?? null);
  readonly #list: (projectId: string) => Promise<RunInfo[]>;
  readonly #store: RunChoiceStore;
  #projectId: string | null = null;

  constructor(list: (projectId: string) => Promise<RunInfo[]>, store: RunChoiceStore) {
    this.#list = list;
    this.#store = store;
  }

  /** Starts showing a project; whether it is another one (its runs and choice are then cleared). */
  protected openProject(projectId: string): boolean {
    if (this.#projectId === projectId) return false;
    this.#projectId = projectId;
    this.runs = [];
    this.runId = null;
    this.status = 'loading';
    return true;
  }

  /**
   * Lists the project's finished runs and, unless the chosen run is still among them, picks the
   * remembered (or newest) one; whether a run was picked anew.
   */
  protected async listRuns(projectId: string): Promise<boolean> {
    try {
      const all = await this.#list(projectId);
      if (this.#projectId !== projectId) return false;
      const runs = all.filter(isEvaluable).sort((a, b) => b.createdAt - a.createdAt);
      this.runs = runs;
      this.status = 'ready';
      this.error = null;
      if (runs.some((run) => run.id === this.runId)) return false;
      const remembered = this.#read(projectId);
      this.runId = (runs.find((run) => run.id === remembered) ?? runs[0])?.id ?? null;
      return true;
    } catch (thrown) {
      if (this.#projectId !== projectId) return false;
      this.status = 'error';
      this.error = toLabError(thrown);
      return false;
    }
  }

  /** Chooses another run, remembered for this tab; whether the choice changed. */
  protected chooseRun(runId: string): boolean {
    if (runId === this.runId) return false;
    this.runId = runId;
    if (this.#projectId !== null) this.#write(this.#projectId, runId);
    return true;
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
