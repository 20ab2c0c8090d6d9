/** `lab.lineage`: a project's lineage graph, read from storage and built by the pure core. */
import { computeLineageGraph, type LineageGraph } from '../lifecycle/lineage';
import { LabError } from '../shared/lab-error';
import {
  createDatasetsRepo,
  createDeployRepo,
  createMonitorRepo,
  createProjectsRepo,
  createRetrainRepo,
  createRunsRepo,
  runRead,
  type DeploymentRow,
  type LabStore,
} from '../storage';

/** The lineage namespace of the facade. */
export interface LineageApi {
  /** Every entity of the project and how each was made; NOT_FOUND for an unknown project. */
  graph(projectId: string): Promise<LineageGraph>;
}

/**
 * Every deployment of a project, replaced and rolled-back ones too (the deploy repository
 * lists only the serving one per endpoint).
 */
function readAllDeployments(store: LabStore, projectId: string): Promise<DeploymentRow[]> {
  return runRead(store, [store.db.deployments], () =>
    store.db.deployments.where('projectId').equals(projectId).sortBy('createdAt'),
  );
}

/** `lab.lineage` over an open store. */
export function createLineageApi(deps: { store: LabStore }): LineageApi {
  const { store } = deps;
  const projects = createProjectsRepo(store);
  const datasets = createDatasetsRepo(store);
  const runs = createRunsRepo(store);
  const deploy = createDeployRepo(store);
  const monitor = createMonitorRepo(store);
  const retrains = createRetrainRepo(store);
  return {
    async graph(projectId) {
      if (!(await projects.get(projectId))) {
        throw new LabError('NOT_FOUND', `No project with id "${projectId}".`, {
          params: { id: projectId, what: `project ${projectId}` },
        });
      }
      const [versions, runRows, models, packages, deployments, sessions, retrainRows] =
        await Promise.all([
          datasets.listVersions(projectId),
          runs.list(projectId),
          deploy.versions(projectId),
          deploy.packages(projectId),
          readAllDeployments(store, projectId),
          monitor.sessions(projectId),
          retrains.list(projectId),
        ]);
      return computeLineageGraph({
        projectId,
        versions: versions.map((listed) => listed.version),
        runs: runRows,
        models,
        packages,
        deployments,
        sessions,
        retrains: retrainRows,
      });
    },
  };
}
