import {
  computeChangedFields,
  computeStageStatus,
  parseProjectPatch,
  parseProjectPlan,
} from '../lifecycle/plan';
import type { PlanHistoryRepo } from '../storage/plan-history-repo';
import type { ProjectsRepo } from '../storage/projects-repo';
import type { Project } from '../lifecycle/plan';
import { LabError } from '../shared/lab-error';
import type { Lab, ProjectSummary } from './types';

/** `lab.projects`: create, list, read, update and remove projects, and read plan history. */
export function createProjectsApi(deps: {
  repo: ProjectsRepo;
  history: PlanHistoryRepo;
  now?: () => number;
  newId?: () => string;
}): Lab['projects'] {
  const now = deps.now ?? (() => Date.now());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const { repo, history } = deps;

  async function summarize(project: Project): Promise<ProjectSummary> {
    return { ...project, stages: computeStageStatus(await repo.counts(project.id)) };
  }

  async function mustGet(id: string): Promise<Project> {
    const project = await repo.get(id);
    if (!project) {
      throw new LabError('NOT_FOUND', `project ${id}`, { params: { what: `project ${id}` } });
    }
    return project;
  }

  return {
    async create(input) {
      const plan = parseProjectPlan(input);
      const at = now();
      return history.record(async () => ({
        project: await repo.create({ ...plan, id: newId(), createdAt: at, updatedAt: at }),
        kind: 'created',
        changed: computeChangedFields(null, plan),
      }));
    },
    async list() {
      return Promise.all((await repo.list()).map(summarize));
    },
    async get(id) {
      return summarize(await mustGet(id));
    },
    async update(id, patch) {
      // Read, compare and write in one transaction, so the diff is against what is stored.
      return history.record(async () => {
        const current = await mustGet(id);
        const plan = parseProjectPatch(current, patch);
        const changed = computeChangedFields(current, plan);
        if (changed.length === 0) return { project: current, kind: 'updated', changed };
        const project = await repo.put({ ...current, ...plan, updatedAt: now() });
        return { project, kind: 'updated', changed };
      });
    },
    async remove(id) {
      await mustGet(id);
      await repo.remove(id);
    },
    async history(id) {
      await mustGet(id);
      return history.list(id);
    },
  };
}
