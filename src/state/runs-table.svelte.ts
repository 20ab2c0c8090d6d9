import type { BackendMeasurement, Lab, RunInfo, RunStatus } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';
import {
  computeRunRows,
  type RunFilter,
  type RunSort,
  type RunSortKey,
} from '../ui/stages/train/runs-view';

/** The facade calls the runs table needs. */
export interface RunsTableLab {
  runs: Pick<Lab['runs'], 'list' | 'update'>;
  backend: Pick<Lab['backend'], 'current'>;
}

/** Most runs that can be selected for comparison at once. */
export const maxCompared = 8;

/**
 * The project's runs as a sortable, filterable table: the rows to show, the runs selected for
 * comparison, tag and note edits, and the backends an interrupted run can resume on.
 */
export class RunsTable {
  items = $state.raw<RunInfo[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  sort = $state<RunSort>({ key: 'createdAt', direction: 'descending' });
  filter = $state<RunFilter>({ text: '', status: 'all', tag: '', parent: 'all' });
  selected = $state.raw<string[]>([]);
  backends = $state.raw<BackendMeasurement[]>([]);
  chosenBackend = $state<string | null>(null);
  readonly rows = $derived(computeRunRows(this.items, this.sort, this.filter));
  readonly tags = $derived(
    this.items
      .flatMap((run) => run.tags)
      .filter((tag, index, all) => all.indexOf(tag) === index)
      .sort(),
  );
  readonly parents = $derived(this.items.filter((run) => run.kind === 'search'));
  readonly #lab: RunsTableLab;
  #projectId: string | null = null;
  #request = 0;

  constructor(lab: RunsTableLab) {
    this.#lab = lab;
  }

  /** Loads the project's runs; keeps the selection of runs that are still there. */
  async load(projectId: string): Promise<void> {
    const request = ++this.#request;
    if (this.#projectId !== projectId) {
      this.#projectId = projectId;
      this.items = [];
      this.selected = [];
      this.status = 'loading';
    }
    try {
      const items = await this.#lab.runs.list(projectId);
      if (request !== this.#request) return;
      this.items = items;
      this.status = 'ready';
      this.error = null;
      const present = (id: string) => items.some((run) => run.id === id);
      if (!this.selected.every(present)) this.selected = this.selected.filter(present);
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Loads the backends this device offers, for resuming an interrupted run. */
  async loadBackends(): Promise<void> {
    try {
      const choice = await this.#lab.backend.current();
      this.backends = choice.table.filter((row) => row.available);
      this.chosenBackend ??= choice.chosen;
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }

  /** Sorts by a column; the same column again flips the direction. */
  sortBy(key: RunSortKey): void {
    const flip = this.sort.key === key && this.sort.direction === 'ascending';
    this.sort = { key, direction: flip ? 'descending' : 'ascending' };
  }

  /** Adds a run to, or removes it from, the comparison. */
  toggle(id: string): void {
    if (this.selected.includes(id)) this.selected = this.selected.filter((s) => s !== id);
    else if (this.selected.length < maxCompared) this.selected = [...this.selected, id];
  }

  /** Shows only a search's parent and trials, or every run (`all`). */
  showTrialsOf(parentId: string): void {
    this.filter.parent = parentId;
  }

  /** A search's finished and planned trials as the stored runs tell; null when not loaded. */
  trialProgress(parentId: string): { done: number; planned: number } | null {
    const parent = this.items.find((run) => run.id === parentId);
    if (!parent?.search) return null;
    const finished: RunStatus[] = ['done', 'failed', 'cancelled'];
    const done = this.items.filter(
      (run) => run.parentRunId === parentId && finished.includes(run.status),
    ).length;
    return { done, planned: Math.max(parent.search.trials, done) };
  }

  /** Saves a new name, tags or notes; the row shows the stored run. Returns false on error. */
  async update(
    id: string,
    patch: { name?: string; tags?: string[]; notes?: string },
  ): Promise<boolean> {
    try {
      const run = await this.#lab.runs.update(id, patch);
      this.items = this.items.map((item) => (item.id === id ? run : item));
      this.error = null;
      return true;
    } catch (thrown) {
      this.error = toLabError(thrown);
      return false;
    }
  }
}
