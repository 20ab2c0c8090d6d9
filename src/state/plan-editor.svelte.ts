import type { Lab } from '../api/types';
import {
  computeCriteriaForTask,
  computeNewCriterion,
  computePlanDraft,
  parsePlanDraft,
  type PlanDraft,
} from '../lifecycle/plan/plan-draft';
import { defaultPlan } from '../lifecycle/plan/defaults';
import type { PlanField, Project, Task } from '../lifecycle/plan/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** What the last save came to, for the status line next to the Save button. */
export type PlanSaveOutcome = 'none' | 'saved' | 'unchanged' | 'failed';

/** Top-level fields the editor shows: an error whose column starts with one is shown there. */
const editorFields = [
  'problem',
  'hypothesis',
  'task',
  'target',
  'kpi',
  'criteria',
  'latencyBudgetMs',
] as const satisfies readonly PlanField[];

/** The Plan page's editor: the draft the form binds to, saving, and the facade's errors. */
export class PlanEditor {
  draft = $state<PlanDraft>(computePlanDraft({ ...defaultPlan, name: '' }));
  saving = $state(false);
  outcome = $state<PlanSaveOutcome>('none');
  error = $state.raw<LabError | null>(null);
  projectId = $state<string | null>(null);
  readonly #projects: Pick<Lab['projects'], 'update'>;
  #savedAt = 0;

  constructor(projects: Pick<Lab['projects'], 'update'>, project: Project) {
    this.#projects = projects;
    this.reset(project);
  }

  /** Starts editing `project` as stored, dropping any unsaved changes and errors. */
  reset(project: Project): void {
    this.projectId = project.id;
    this.draft = computePlanDraft(project);
    this.#savedAt = project.updatedAt;
    this.error = null;
    this.outcome = 'none';
  }

  /** Switches the task; criteria on a metric the new task lacks get its first metric. */
  setTask(task: Task): void {
    this.draft.task = task;
    this.draft.criteria = computeCriteriaForTask(this.draft.criteria, task);
  }

  addCriterion(): void {
    this.draft.criteria.push(computeNewCriterion(this.draft.task));
  }

  removeCriterion(index: number): void {
    this.draft.criteria.splice(index, 1);
    this.error = null;
  }

  /** The facade's INVALID_ARGUMENT error when it names `path` (`criteria.0.value`…). */
  errorAt(path: string): LabError | null {
    const error = this.error;
    return error?.code === 'INVALID_ARGUMENT' && error.column === path ? error : null;
  }

  /** The plan field the current error belongs to (`criteria` for `criteria.0.value`), or null. */
  get errorField(): PlanField | null {
    const column = this.error?.code === 'INVALID_ARGUMENT' ? this.error.column : undefined;
    if (column === undefined) return null;
    return editorFields.find((name) => column === name || column.startsWith(`${name}.`)) ?? null;
  }

  /** Saves the draft through `lab.projects.update`; resolves to the stored project, or null. */
  async save(): Promise<Project | null> {
    const id = this.projectId;
    if (this.saving || id === null) return null;
    this.saving = true;
    this.error = null;
    try {
      const project = await this.#projects.update(id, parsePlanDraft($state.snapshot(this.draft)));
      const changed = project.updatedAt !== this.#savedAt;
      this.reset(project);
      this.outcome = changed ? 'saved' : 'unchanged';
      return project;
    } catch (thrown) {
      this.error = toLabError(thrown);
      this.outcome = 'failed';
      return null;
    } finally {
      this.saving = false;
    }
  }
}
