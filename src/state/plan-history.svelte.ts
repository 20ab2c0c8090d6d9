import type { Lab } from '../api/types';
import type { PlanHistoryEntry } from '../lifecycle/plan/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** A project's plan history on the Plan page, and the old version the user is viewing. */
export class PlanHistory {
  entries = $state.raw<PlanHistoryEntry[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  /** `seq` of the version shown in full, or null. */
  viewing = $state<number | null>(null);
  readonly viewed = $derived(this.entries.find((entry) => entry.seq === this.viewing) ?? null);
  readonly #projects: Pick<Lab['projects'], 'history'>;
  #request = 0;

  constructor(projects: Pick<Lab['projects'], 'history'>) {
    this.#projects = projects;
  }

  /** Loads the history of `projectId`, newest first; a newer call wins over an older one. */
  async load(projectId: string): Promise<void> {
    const request = ++this.#request;
    try {
      const entries = await this.#projects.history(projectId);
      if (request !== this.#request) return;
      this.entries = entries;
      this.status = 'ready';
      this.error = null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Shows version `seq` in full, or hides it when it is already shown. */
  toggle(seq: number): void {
    this.viewing = this.viewing === seq ? null : seq;
  }
}
