import type { PlanHistoryEntry } from '../../lifecycle/plan/types';

/**
 * One entry of a project's plan history in `planHistory`, keyed `[projectId, seq]`: the whole
 * plan after the change, which fields changed, and when (epoch ms).
 */
export type PlanHistoryRow = PlanHistoryEntry;

/** Key of a plan history row: `[projectId, seq]`. */
export type PlanHistoryKey = [projectId: string, seq: number];
