import { defaultPlan } from './defaults';
import type { PlanField, ProjectPlan, SuccessCriterion } from './types';

/** The plan's fields in the order the Plan page shows them. */
export const planFields: readonly PlanField[] = [
  'name',
  'problem',
  'hypothesis',
  'task',
  'target',
  'kpi',
  'criteria',
  'latencyBudgetMs',
];

/** A plan with nothing said: what a creation is compared with. */
const emptyPlan: ProjectPlan = { ...defaultPlan, name: '' };

function sameCriteria(a: readonly SuccessCriterion[], b: readonly SuccessCriterion[]): boolean {
  return (
    a.length === b.length &&
    a.every((criterion, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        criterion.metric === other.metric &&
        criterion.op === other.op &&
        Object.is(criterion.value, other.value)
      );
    })
  );
}

/**
 * The fields whose values differ between two plans, in `planFields` order. With no `before`
 * (a creation), the fields set to something other than an empty plan's value.
 */
export function computeChangedFields(before: ProjectPlan | null, after: ProjectPlan): PlanField[] {
  const base = before ?? emptyPlan;
  return planFields.filter((field) =>
    field === 'criteria'
      ? !sameCriteria(base.criteria, after.criteria)
      : !Object.is(base[field], after[field]),
  );
}

/** Only the plan fields of a project (or any object carrying them). */
export function pickPlan(source: ProjectPlan): ProjectPlan {
  return {
    name: source.name,
    problem: source.problem,
    hypothesis: source.hypothesis,
    task: source.task,
    target: source.target,
    kpi: source.kpi,
    criteria: source.criteria.map((criterion) => ({ ...criterion })),
    latencyBudgetMs: source.latencyBudgetMs,
  };
}
