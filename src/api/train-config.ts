/**
 * Builds a run's configuration from the caller's options over the defaults of the data:
 * `lab.train.defaults` and the config half of `lab.train.start`.
 */
import { computeTrainDefaults } from '../lifecycle/train/train-defaults';
import type { TrainConfig } from '../lifecycle/train/run-types';
import { LabError } from '../shared/lab-error';
import type { DatasetsRepo, ProjectsRepo } from '../storage';
import type { TrainDefaults, TrainStartOptions } from './train-types';

/** What the configuration is read from. */
export interface TrainConfigDeps {
  datasets: DatasetsRepo;
  projects: ProjectsRepo;
  /** Rows per class of a version's target, counted in the data worker (for class weights). */
  classCounts?: (versionId: string, target: string) => Promise<number[] | null>;
}

function noTarget(): LabError {
  return new LabError('INVALID_ARGUMENT', 'The project has no target column to train on.', {
    params: { field: 'target', reason: 'no-target' },
  });
}

/** Defaults for a version under the project's plan (target from the plan or the schema). */
export async function computeVersionDefaults(
  deps: TrainConfigDeps,
  projectId: string,
  versionId: string,
  target?: string,
): Promise<TrainDefaults> {
  const project = await deps.projects.get(projectId);
  if (!project) {
    throw new LabError('NOT_FOUND', `project ${projectId}`, {
      params: { id: projectId, what: `project ${projectId}` },
    });
  }
  const version = await deps.datasets.getVersion(versionId);
  const chosen =
    target ??
    project.target ??
    version.schema.columns.find((column) => column.role === 'target')?.name ??
    null;
  const index = version.schema.columns.findIndex((column) => column.name === chosen);
  if (chosen === null || index < 0) throw noTarget();
  const stored = version.columns[index];
  const classCount =
    project.task === 'classification' && stored?.kind === 'coded' ? stored.dictionary.length : null;
  const classCounts =
    project.task === 'classification' && deps.classCounts
      ? await deps.classCounts(versionId, chosen).catch(() => null)
      : null;
  const defaults = computeTrainDefaults({
    schema: version.schema,
    rows: version.rows,
    task: project.task,
    target: chosen,
    classCount: classCounts?.length ?? classCount,
    ...(classCounts ? { classCounts } : {}),
  });
  return { ...defaults, notes: [] };
}

/** The full configuration of a new run: the options over the defaults. */
export async function computeStartConfig(
  deps: TrainConfigDeps,
  options: TrainStartOptions,
): Promise<TrainConfig> {
  const defaults = await computeVersionDefaults(
    deps,
    options.projectId,
    options.versionId,
    options.target,
  );
  return {
    projectId: options.projectId,
    versionId: options.versionId,
    task: defaults.task,
    target: defaults.target,
    features: options.features ?? defaults.features,
    split: options.split ?? defaults.split,
    model: { ...defaults.model, ...options.model },
    hyper: { ...defaults.hyper, ...options.hyper },
    seed: options.seed ?? defaults.seed,
  };
}
