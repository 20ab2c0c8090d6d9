import type { Lab, ProjectSummary } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

export type ProjectStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';

/** The project whose stage pages are open, with where it stands in the cycle. */
export class CurrentProject {
  id = $state<string | null>(null);
  project = $state.raw<ProjectSummary | null>(null);
  status = $state<ProjectStatus>('idle');
  error = $state.raw<LabError | null>(null);
  readonly #projects: Pick<Lab['projects'], 'get'>;
  #request = 0;

  constructor(projects: Pick<Lab['projects'], 'get'>) {
    this.#projects = projects;
  }

  /** Loads a project; reloading the same id keeps showing it until the fresh copy arrives. */
  async load(id: string): Promise<void> {
    const request = ++this.#request;
    if (this.id !== id || this.status !== 'ready') {
      this.project = null;
      this.status = 'loading';
    }
    this.id = id;
    this.error = null;
    try {
      const project = await this.#projects.get(id);
      if (request !== this.#request) return;
      this.project = project;
      this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      const error = toLabError(thrown);
      this.project = null;
      this.status = error.code === 'NOT_FOUND' ? 'not-found' : 'error';
      this.error = error;
    }
  }

  /** Leaves the project (home, settings). */
  clear(): void {
    this.#request += 1;
    this.id = null;
    this.project = null;
    this.status = 'idle';
    this.error = null;
  }
}
