import { stages, type Stage, type StageState } from './types';

/** How many results of each kind a project has: the input of `computeStageStatus`. */
export interface ProjectCounts {
  hasPlan: boolean;
  datasetVersions: number;
  runs: number;
  evaluatedRuns: number;
  explainedRuns: number;
  deployments: number;
  monitorWindows: number;
}

/** Which stages of a project have results, from its counts. */
export function computeStageStatus(counts: ProjectCounts): Record<Stage, StageState> {
  const has: Record<Stage, boolean> = {
    plan: counts.hasPlan,
    data: counts.datasetVersions > 0,
    train: counts.runs > 0,
    evaluate: counts.evaluatedRuns > 0,
    explain: counts.explainedRuns > 0,
    deploy: counts.deployments > 0,
    monitor: counts.monitorWindows > 0,
    lineage: counts.datasetVersions > 0,
  };
  return Object.fromEntries(
    stages.map((stage) => [stage, has[stage] ? 'has-results' : 'empty']),
  ) as Record<Stage, StageState>;
}
