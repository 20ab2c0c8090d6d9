import type { Lab, ProjectSummary } from '../api/types';
import type { Project, ProjectPlan } from '../lifecycle/plan/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The home page's list of projects and its create form's pending state. */
export class ProjectList {
  projects = $state.raw<ProjectSummary[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  loadError = $state.raw<LabError | null>(null);
  creating = $state(false);
  createError = $state.raw<LabError | null>(null);
  readonly #projects: Pick<Lab['projects'], 'list' | 'create'>;

  constructor(projects: Pick<Lab['projects'], 'list' | 'create'>) {
    this.#projects = projects;
  }

  async load(): Promise<void> {
    try {
      this.projects = await this.#projects.list();
      this.status = 'ready';
      this.loadError = null;
    } catch (thrown) {
      this.status = 'error';
      this.loadError = toLabError(thrown);
    }
  }

  /** Creates a project; resolves to it, or to null with `createError` set. */
  async create(plan: Partial<ProjectPlan> & { name: string }): Promise<Project | null> {
    if (this.creating) return null;
    this.creating = true;
    this.createError = null;
    try {
      return await this.#projects.create(plan);
    } catch (thrown) {
      this.createError = toLabError(thrown);
      return null;
    } finally {
      this.creating = false;
    }
  }
}
