import { describe, expect, it } from 'vitest';
import {
  computeCriteriaForTask,
  computeNewCriterion,
  computePlanDraft,
  parseDecimal,
  parsePlanDraft,
} from '../../../src/lifecycle/plan/plan-draft';
import { parseProjectPatch } from '../../../src/lifecycle/plan/parse-project';
import type { ProjectPlan } from '../../../src/lifecycle/plan/types';

const plan: ProjectPlan = {
  name: 'Cars',
  problem: 'Fuel use',
  hypothesis: '',
  task: 'regression',
  target: 'mpg',
  kpi: '',
  criteria: [{ metric: 'rmse', op: '<=', value: 3.5 }],
  latencyBudgetMs: 20,
};

describe('plan drafts', () => {
  it('a plan turned into form text and back is the same plan', () => {
    const { name: _name, ...editable } = plan;
    expect(parsePlanDraft(computePlanDraft(plan))).toEqual(editable);
  });

  it('an empty target and an empty latency budget mean none (null)', () => {
    const draft = { ...computePlanDraft(plan), target: '  ', latencyBudgetMs: '' };
    expect(parsePlanDraft(draft)).toMatchObject({ target: null, latencyBudgetMs: null });
  });

  it('parseDecimal reads numbers and gives NaN for blank or unreadable text', () => {
    expect(parseDecimal(' 0.85 ')).toBe(0.85);
    expect(parseDecimal('')).toBeNaN();
    expect(parseDecimal('high')).toBeNaN();
  });

  it('an unreadable threshold is refused by validation as not a finite number, on its field', () => {
    const draft = computePlanDraft(plan);
    draft.criteria[0] = { metric: 'rmse', op: '<=', value: 'abc' };
    expect(() => parseProjectPatch(plan, parsePlanDraft(draft))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        column: 'criteria.0.value',
        params: expect.objectContaining({ reason: 'not_finite' }),
      }),
    );
  });

  it('a new criterion starts on the task’s first metric with the comparison it favours', () => {
    expect(computeNewCriterion('classification')).toEqual({
      metric: 'accuracy',
      op: '>=',
      value: '',
    });
    expect(computeNewCriterion('regression')).toEqual({ metric: 'mae', op: '<=', value: '' });
  });

  it('switching the task replaces only the criteria whose metric the new task lacks', () => {
    const criteria = [
      { metric: 'accuracy', op: '>=' as const, value: '0.9' },
      { metric: 'rmse', op: '<=' as const, value: '2' },
    ];
    expect(computeCriteriaForTask(criteria, 'regression')).toEqual([
      { metric: 'mae', op: '<=', value: '' },
      { metric: 'rmse', op: '<=', value: '2' },
    ]);
  });
});
