import type { Project } from '../lifecycle/plan/types';
import type { ProjectCounts } from '../lifecycle/plan/stage-status';
import { LabError } from '../shared/lab-error';
import { deleteUnreferencedVersions } from './dataset-versions';
import { projectTables } from './lab-db';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Queries and writes of `projects`; `remove` also clears every row the project owns. */
export interface ProjectsRepo {
  /** Adds a new project; INVALID_ARGUMENT if its id is taken. */
  create(project: Project): Promise<Project>;
  /** Every project, most recently updated first. */
  list(): Promise<Project[]>;
  get(id: string): Promise<Project | undefined>;
  /** Stores the project as given (insert or replace). */
  put(project: Project): Promise<Project>;
  /** Deletes the project and all its data in one transaction; NOT_FOUND if there is none. */
  remove(id: string): Promise<void>;
  /** How many results of each kind the project has; NOT_FOUND if there is none. */
  counts(id: string): Promise<ProjectCounts>;
}

function notFound(id: string): LabError {
  return new LabError('NOT_FOUND', `No project with id "${id}".`, {
    params: { id, what: `project ${id}` },
  });
}

/** The projects repository over an open store. */
export function createProjectsRepo(store: LabStore): ProjectsRepo {
  const { db } = store;
  return {
    async create(project) {
      return runWrite(store, [db.projects], async () => {
        if (await db.projects.get(project.id)) {
          throw new LabError('INVALID_ARGUMENT', `A project with id "${project.id}" exists.`, {
            params: { id: project.id },
          });
        }
        await db.projects.add(project);
        return project;
      });
    },

    list: () =>
      runRead(store, [db.projects], () => db.projects.orderBy('updatedAt').reverse().toArray()),

    get: (id) => runRead(store, [db.projects], () => db.projects.get(id)),

    async put(project) {
      await runWrite(store, [db.projects], () => db.projects.put(project));
      return project;
    },

    remove: (id) =>
      runWrite(
        store,
        ['projects', ...projectTables, 'datasetVersions', 'columnChunks', 'planHistory'],
        async () => {
          if (!(await db.projects.get(id))) throw notFound(id);
          const versionIds = await db.versionRefs.where('projectId').equals(id).toArray();
          await Promise.all(
            projectTables.map((name) => db.table(name).where('projectId').equals(id).delete()),
          );
          await deleteUnreferencedVersions(
            db,
            versionIds.map((ref) => ref.versionId),
          );
          await db.planHistory.where('projectId').equals(id).delete();
          await db.projects.delete(id);
        },
      ),

    counts: (id) =>
      runRead(
        store,
        [
          db.projects,
          db.versionRefs,
          db.runs,
          db.evaluations,
          db.explanations,
          db.deployments,
          db.monitorWindows,
        ],
        async () => {
          const project = await db.projects.get(id);
          if (!project) throw notFound(id);
          const runs = db.runs.where('projectId').equals(id);
          const [datasetVersions, runRows, evaluated, explained, deployments, monitorWindows] =
            await Promise.all([
              db.versionRefs.where('projectId').equals(id).count(),
              runs.count(),
              db.evaluations.where('projectId').equals(id).toArray(),
              db.explanations.where('projectId').equals(id).toArray(),
              db.deployments.where('projectId').equals(id).count(),
              db.monitorWindows.where('projectId').equals(id).count(),
            ]);
          return {
            hasPlan: project.problem.trim() !== '' || project.criteria.length > 0,
            datasetVersions,
            runs: runRows,
            evaluatedRuns: new Set(evaluated.map((row) => row.runId)).size,
            explainedRuns: new Set(explained.map((row) => row.runId)).size,
            deployments,
            monitorWindows,
          };
        },
      ),
  };
}
