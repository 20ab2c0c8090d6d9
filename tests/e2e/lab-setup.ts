import type { RunInfo, TrainStartOptions } from '../../src/api/types';
import type { ProjectPlan } from '../../src/lifecycle/plan/types';
import type { LabTab } from './lab-tab';

/** The ids of a project and of the dataset version imported into it. */
export interface ProjectIds {
  projectId: string;
  versionId: string;
}

/** A new project's plan and the bundled sample imported into it (`penguins`, `cars`…). */
export type SampleProjectPlan = Partial<ProjectPlan> & { name: string; sample: string };

/** Creates a project in the tab's lab and imports a bundled sample into it. */
export async function createSampleProject(
  tab: LabTab,
  plan: SampleProjectPlan,
): Promise<ProjectIds> {
  return tab.run(async (lab, { sample, ...plan }) => {
    const project = await lab.projects.create(plan);
    const { versionId } = await lab.data.importSample(project.id, sample);
    return { projectId: project.id, versionId };
  }, plan);
}

/** Options of a training run started from a test: anything `lab.train.start` takes but callbacks. */
export type TrainRunOptions = Omit<TrainStartOptions, 'projectId' | 'versionId' | 'onProgress'>;

/** Trains a run on the version (on `wasm-1` unless another backend is given) and waits for it. */
export async function trainRun(
  tab: LabTab,
  ids: ProjectIds,
  options: TrainRunOptions = {},
): Promise<RunInfo> {
  return tab.run(
    async (lab, { ids, options }) =>
      (await lab.train.start({ ...ids, backend: 'wasm-1', ...options })).done,
    { ids, options },
  );
}
