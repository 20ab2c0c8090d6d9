import { taskMetrics } from './defaults';
import type { ProjectPlan, SuccessCriterion, Task } from './types';

/** A success criterion as the Plan page edits it: the threshold is the text the user typed. */
export interface CriterionDraft {
  metric: string;
  op: SuccessCriterion['op'];
  value: string;
}

/** The editable part of a plan as form text (the name is edited on its own elsewhere). */
export interface PlanDraft {
  problem: string;
  hypothesis: string;
  task: Task;
  /** Empty for no target column yet. */
  target: string;
  kpi: string;
  criteria: CriterionDraft[];
  /** Empty for no latency budget. */
  latencyBudgetMs: string;
}

/** The editable fields of `ProjectPlan` a draft turns into: the patch `projects.update` gets. */
export type PlanDraftPatch = Omit<ProjectPlan, 'name'>;

/** Metrics where lower is better, so a new criterion on them starts with `<=`. */
const lowerIsBetter: ReadonlySet<string> = new Set(['log_loss', 'mae', 'rmse', 'mape']);

/** A number from form text; blank or unreadable text gives NaN, which validation refuses. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** A plan as form text. */
export function computePlanDraft(plan: ProjectPlan): PlanDraft {
  return {
    problem: plan.problem,
    hypothesis: plan.hypothesis,
    task: plan.task,
    target: plan.target ?? '',
    kpi: plan.kpi,
    criteria: plan.criteria.map((c) => ({ metric: c.metric, op: c.op, value: String(c.value) })),
    latencyBudgetMs: plan.latencyBudgetMs === null ? '' : String(plan.latencyBudgetMs),
  };
}

/** Form text as the patch `projects.update` validates (numbers it cannot read become NaN). */
export function parsePlanDraft(draft: PlanDraft): PlanDraftPatch {
  const target = draft.target.trim();
  const latency = draft.latencyBudgetMs.trim();
  return {
    problem: draft.problem,
    hypothesis: draft.hypothesis,
    task: draft.task,
    target: target === '' ? null : target,
    kpi: draft.kpi,
    criteria: draft.criteria.map((c) => ({
      metric: c.metric,
      op: c.op,
      value: parseDecimal(c.value),
    })),
    latencyBudgetMs: latency === '' ? null : parseDecimal(latency),
  };
}

/** A fresh criterion for `task`: its first metric, with the comparison that metric favours. */
export function computeNewCriterion(task: Task): CriterionDraft {
  const metric = taskMetrics[task][0] ?? '';
  return { metric, op: lowerIsBetter.has(metric) ? '<=' : '>=', value: '' };
}

/** Criteria after the task changed: a metric the new task lacks becomes its first metric. */
export function computeCriteriaForTask(criteria: readonly CriterionDraft[], task: Task) {
  const allowed = taskMetrics[task];
  return criteria.map((criterion) =>
    allowed.includes(criterion.metric) ? { ...criterion } : computeNewCriterion(task),
  );
}
