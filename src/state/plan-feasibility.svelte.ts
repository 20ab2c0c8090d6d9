import type { DatasetVersionInfo, Lab, PlanFeasibility } from '../api/types';
import type { ProjectPlan } from '../lifecycle/plan/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** The plan parts the summary judges, and the project they belong to. */
type FeasibilityPlan = Pick<ProjectPlan, 'task' | 'target' | 'criteria'> & { id: string };

/** The Plan page's feasibility summary: the project's latest version and the plan judged on it. */
export class PlanFeasibilityState {
  status = $state<'loading' | 'no-data' | 'ready' | 'error'>('loading');
  version = $state.raw<DatasetVersionInfo | null>(null);
  result = $state.raw<PlanFeasibility | null>(null);
  error = $state.raw<LabError | null>(null);
  /** Column names of the latest version, for the target select; empty without data. */
  readonly columns = $derived(this.version?.schema.columns.map((column) => column.name) ?? []);
  readonly #data: Pick<Lab['data'], 'versions' | 'feasibility'>;
  #request = 0;

  constructor(data: Pick<Lab['data'], 'versions' | 'feasibility'>) {
    this.#data = data;
  }

  /** Loads the project's newest version and judges the saved plan on it; a newer call wins. */
  async load(project: FeasibilityPlan): Promise<void> {
    const request = ++this.#request;
    const plan = {
      task: project.task,
      target: project.target,
      criteria: project.criteria.map(({ metric, op, value }) => ({ metric, op, value })),
    };
    try {
      const versions = await this.#data.versions(project.id);
      if (request !== this.#request) return;
      const newest = versions.reduce<DatasetVersionInfo | null>(
        (best, item) =>
          best === null || (item.addedAt ?? item.createdAt) >= (best.addedAt ?? best.createdAt)
            ? item
            : best,
        null,
      );
      this.version = newest;
      if (!newest) {
        this.result = null;
        this.status = 'no-data';
        return;
      }
      const result = await this.#data.feasibility(newest.id, plan);
      if (request !== this.#request) return;
      this.result = result;
      this.error = null;
      this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.error = toLabError(thrown);
      this.status = 'error';
    }
  }
}
