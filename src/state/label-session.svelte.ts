import type { Lab, RowValue, UnlabelledRows } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** What the user did with one row of the queue. */
export type LabelDecision = { kind: 'label'; value: string } | { kind: 'skip' };

/** Most rows one labelling session queues; the rest come after saving. */
export const labelQueueSize = 1000;

/** The row on screen: the version's column names and this row's decoded values. */
export interface LabelRow {
  row: number;
  columns: string[];
  values: RowValue[];
}

/**
 * One labelling session on a version: the queue of rows whose label is missing, a decision per
 * row (a label or a skip), the row on screen, and saving every label as one new version.
 */
export class LabelSession {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state.raw<LabError | null>(null);
  saving = $state(false);
  saveError = $state.raw<LabError | null>(null);
  /** Labels saved by the last save (shown until the next decision). */
  savedCount = $state<number | null>(null);
  found = $state.raw<UnlabelledRows | null>(null);
  /** The label choices: labels in use, then those typed here. */
  labels = $state.raw<string[]>([]);
  decisions = $state.raw<(LabelDecision | undefined)[]>([]);
  position = $state(0);
  current = $state.raw<LabelRow | null>(null);
  readonly queue = $derived(this.found?.rows ?? []);
  readonly labelled = $derived(this.decisions.filter((d) => d?.kind === 'label').length);
  readonly skipped = $derived(this.decisions.filter((d) => d?.kind === 'skip').length);
  readonly finished = $derived(this.position >= this.queue.length);
  readonly decision = $derived(this.decisions[this.position]);
  readonly #data: Pick<Lab['data'], 'unlabelled' | 'rows' | 'label'>;
  #request = 0;

  constructor(data: Pick<Lab['data'], 'unlabelled' | 'rows' | 'label'>) {
    this.#data = data;
  }

  /** Finds the rows of `versionId` whose `column` is missing and starts at the first. */
  async load(versionId: string, column: string): Promise<void> {
    const request = ++this.#request;
    this.found = null;
    this.decisions = [];
    this.position = 0;
    this.current = null;
    this.error = null;
    this.saveError = null;
    if (column.trim() === '') {
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    try {
      const found = await this.#data.unlabelled(versionId, { column, limit: labelQueueSize });
      if (request !== this.#request) return;
      this.found = found;
      this.labels = found.labels;
      this.status = 'ready';
      await this.#show();
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Labels the row on screen with choice `index` (0-based) and moves on. */
  pick(index: number): void {
    const label = this.labels[index];
    if (label !== undefined) this.choose(label);
  }

  /** Labels the row on screen with `label` (a new label joins the choices) and moves on. */
  choose(label: string): void {
    const value = label.trim();
    if (value === '' || this.finished) return;
    if (!this.labels.includes(value)) this.labels = [...this.labels, value];
    this.#decide({ kind: 'label', value });
  }

  /** Leaves the row on screen unlabelled and moves on. */
  skip(): void {
    if (!this.finished) this.#decide({ kind: 'skip' });
  }

  /** Goes back one row; its decision stays until changed. */
  back(): void {
    if (this.position === 0) return;
    this.position -= 1;
    void this.#show();
  }

  /** Saves every label as one new version; its id, or null when there is nothing to save or it failed. */
  async save(): Promise<string | null> {
    const found = this.found;
    if (!found || this.saving || this.labelled === 0) return null;
    const assignments = this.queue.flatMap((row, i) => {
      const decision = this.decisions[i];
      return decision?.kind === 'label' ? [{ row, value: decision.value }] : [];
    });
    this.saving = true;
    this.saveError = null;
    try {
      const report = await this.#data.label(found.versionId, {
        column: found.column,
        assignments,
      });
      this.savedCount = assignments.length;
      return report.versionId;
    } catch (thrown) {
      this.saveError = toLabError(thrown);
      return null;
    } finally {
      this.saving = false;
    }
  }

  #decide(decision: LabelDecision): void {
    const decisions = [...this.decisions];
    decisions[this.position] = decision;
    this.decisions = decisions;
    this.savedCount = null;
    this.position += 1;
    void this.#show();
  }

  async #show(): Promise<void> {
    const found = this.found;
    const row = this.queue[this.position];
    if (!found || row === undefined) {
      this.current = null;
      return;
    }
    const request = this.#request;
    try {
      const window = await this.#data.rows(found.versionId, { offset: row, limit: 1 });
      if (request !== this.#request || this.queue[this.position] !== row) return;
      this.current = { row, columns: window.columns, values: window.rows[0] ?? [] };
    } catch (thrown) {
      if (request === this.#request) this.error = toLabError(thrown);
    }
  }
}
