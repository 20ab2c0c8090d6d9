import { describe, expect, it } from 'vitest';
import { computeChangedFields, pickPlan } from '../../../src/lifecycle/plan/plan-diff';
import type { ProjectPlan } from '../../../src/lifecycle/plan/types';

const plan: ProjectPlan = {
  name: 'Churn',
  problem: 'Which customers will cancel?',
  hypothesis: '',
  task: 'classification',
  target: null,
  kpi: '',
  criteria: [{ metric: 'roc_auc', op: '>=', value: 0.8 }],
  latencyBudgetMs: null,
};

describe('computeChangedFields', () => {
  it('computeChangedFields(plan, same plan) is empty', () => {
    expect(computeChangedFields(plan, pickPlan(plan))).toEqual([]);
  });

  it('lists the changed fields in the order the Plan page shows them', () => {
    const after = { ...plan, latencyBudgetMs: 50, hypothesis: 'Usage drops first.', kpi: 'x' };
    expect(computeChangedFields(plan, after)).toEqual(['hypothesis', 'kpi', 'latencyBudgetMs']);
  });

  it('compares criteria by value: an equal copy is unchanged, a new threshold is a change', () => {
    const copy = { ...plan, criteria: [{ metric: 'roc_auc', op: '>=' as const, value: 0.8 }] };
    expect(computeChangedFields(plan, copy)).toEqual([]);
    const raised = { ...plan, criteria: [{ metric: 'roc_auc', op: '>=' as const, value: 0.85 }] };
    expect(computeChangedFields(plan, raised)).toEqual(['criteria']);
    const added = {
      ...plan,
      criteria: [...plan.criteria, { metric: 'accuracy', op: '>=' as const, value: 0.9 }],
    };
    expect(computeChangedFields(plan, added)).toEqual(['criteria']);
    expect(computeChangedFields(plan, { ...plan, criteria: [] })).toEqual(['criteria']);
  });

  it('a target set from nothing and a task switch are changes', () => {
    expect(computeChangedFields(plan, { ...plan, target: 'churned', task: 'regression' })).toEqual([
      'task',
      'target',
    ]);
  });

  it('with no plan before (a creation) it lists the fields that were set', () => {
    expect(computeChangedFields(null, plan)).toEqual(['name', 'problem', 'criteria']);
  });
});

describe('pickPlan', () => {
  it('keeps only the plan fields of a project and copies its criteria', () => {
    const project = { ...plan, id: 'p1', createdAt: 1, updatedAt: 2 };
    const picked = pickPlan(project);
    expect(picked).toEqual(plan);
    expect(picked.criteria[0]).not.toBe(plan.criteria[0]);
  });
});
