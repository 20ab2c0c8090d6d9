import { computeStageStatus, parseProjectPatch, parseProjectPlan } from '../lifecycle/plan';
import type { ProjectsRepo } from '../storage/projects-repo';
import type { Project } from '../lifecycle/plan';
import { LabError } from '../shared/lab-error';
import type { Lab, ProjectSummary } from './types';

/** `lab.projects`: create, list, read, update and remove projects. */
export function createProjectsApi(deps: {
  repo: ProjectsRepo;
  now?: () => number;
  newId?: () => string;
}): Lab['projects'] {
  const now = deps.now ?? (() => Date.now());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const { repo } = deps;

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
      return repo.create({ ...plan, id: newId(), createdAt: at, updatedAt: at });
    },
    async list() {
      return Promise.all((await repo.list()).map(summarize));
    },
    async get(id) {
      return summarize(await mustGet(id));
    },
    async update(id, patch) {
      const current = await mustGet(id);
      const plan = parseProjectPatch(current, patch);
      return repo.put({ ...current, ...plan, updatedAt: now() });
    },
    async remove(id) {
      await mustGet(id);
      await repo.remove(id);
    },
  };
}
