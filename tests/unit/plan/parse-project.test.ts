import { describe, expect, it } from 'vitest';
import {
  computeStageStatus,
  parseProjectPatch,
  parseProjectPlan,
} from '../../../src/lifecycle/plan';
import { LabError } from '../../../src/shared/lab-error';

function rejection(run: () => unknown): LabError {
  try {
    run();
  } catch (error) {
    if (error instanceof LabError) return error;
    throw error;
  }
  throw new Error('expected a LabError');
}

describe('parseProjectPlan', () => {
  it('fills the defaults a caller leaves out and trims the name', () => {
    expect(parseProjectPlan({ name: '  Churn  ' })).toEqual({
      name: 'Churn',
      problem: '',
      hypothesis: '',
      task: 'classification',
      target: null,
      kpi: '',
      criteria: [],
      latencyBudgetMs: null,
    });
  });

  it('keeps two success criteria and a latency budget', () => {
    const plan = parseProjectPlan({
      name: 'Penguins',
      criteria: [
        { metric: 'accuracy', op: '>=', value: 0.95 },
        { metric: 'log_loss', op: '<=', value: 0.2 },
      ],
      latencyBudgetMs: 5,
    });
    expect(plan.criteria).toHaveLength(2);
    expect(plan.latencyBudgetMs).toBe(5);
  });

  it('refuses an empty name as required, naming the field', () => {
    const error = rejection(() => parseProjectPlan({ name: '   ' }));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.column).toBe('name');
    expect(error.params.reason).toBe('required');
  });

  it('refuses a missing name as required', () => {
    expect(rejection(() => parseProjectPlan({})).params).toMatchObject({
      field: 'name',
      reason: 'required',
    });
  });

  it('refuses a metric that does not belong to the task', () => {
    const error = rejection(() =>
      parseProjectPlan({
        name: 'Cars',
        task: 'regression',
        criteria: [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      }),
    );
    expect(error.column).toBe('criteria.0.metric');
    expect(error.params.reason).toBe('not_a_metric');
  });

  it('refuses unknown fields, a bad operator and a non-positive latency budget', () => {
    expect(rejection(() => parseProjectPlan({ name: 'x', colour: 'red' })).params.reason).toBe(
      'unknown_field',
    );
    const op = rejection(() =>
      parseProjectPlan({ name: 'x', criteria: [{ metric: 'accuracy', op: '>', value: 1 }] }),
    );
    expect(op.params).toMatchObject({ field: 'criteria.0.op', reason: 'not_allowed' });
    expect(rejection(() => parseProjectPlan({ name: 'x', latencyBudgetMs: 0 })).params.reason).toBe(
      'not_positive',
    );
  });
});

describe('parseProjectPatch', () => {
  const current = parseProjectPlan({ name: 'Churn', problem: 'Who leaves?' });

  it('merges a patch over the current plan', () => {
    expect(parseProjectPatch(current, { hypothesis: 'Usage drops first' })).toMatchObject({
      name: 'Churn',
      problem: 'Who leaves?',
      hypothesis: 'Usage drops first',
    });
  });

  it('checks criteria against the task after the merge', () => {
    const withCriterion = parseProjectPatch(current, {
      criteria: [{ metric: 'accuracy', op: '>=', value: 0.8 }],
    });
    expect(() => parseProjectPatch(withCriterion, { task: 'regression' })).toThrow(LabError);
  });
});

describe('computeStageStatus', () => {
  it('marks only the stages that have results', () => {
    const status = computeStageStatus({
      hasPlan: true,
      datasetVersions: 2,
      runs: 0,
      evaluatedRuns: 0,
      explainedRuns: 0,
      deployments: 0,
      monitorWindows: 0,
    });
    expect(status).toEqual({
      plan: 'has-results',
      data: 'has-results',
      train: 'empty',
      evaluate: 'empty',
      explain: 'empty',
      deploy: 'empty',
      monitor: 'empty',
      lineage: 'has-results',
    });
  });
});
