import type { Migration } from './migration';

interface ProjectV2 {
  id: string;
  name: string;
  problem: string;
  hypothesis: string;
  task: string;
  target: string | null;
  kpi: string;
  criteria: unknown[];
  latencyBudgetMs: number | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * Version 4: `planHistory`, every saved state of a project's plan, keyed `[projectId+seq]`.
 * Each existing project gets one `baseline` entry (its plan as it stands, at its `updatedAt`),
 * so history starts from what is stored. Released versions are never edited.
 */
export const v4PlanHistory: Migration = {
  version: 4,
  stores: {
    planHistory: '[projectId+seq], projectId, at',
  },
  async upgrade(tx) {
    const projects = await tx.table<ProjectV2>('projects').toArray();
    await tx.table('planHistory').bulkAdd(
      projects.map((p) => ({
        projectId: p.id,
        seq: 1,
        at: p.updatedAt,
        kind: 'baseline',
        changed: [],
        plan: {
          name: p.name,
          problem: p.problem,
          hypothesis: p.hypothesis,
          task: p.task,
          target: p.target,
          kpi: p.kpi,
          criteria: p.criteria,
          latencyBudgetMs: p.latencyBudgetMs,
        },
      })),
    );
  },
};
