import type { ProjectPlan, Task } from './types';

/** Metrics a success criterion may name, per task. */
export const taskMetrics: Readonly<Record<Task, readonly string[]>> = {
  classification: [
    'accuracy',
    'balanced_accuracy',
    'precision_macro',
    'recall_macro',
    'f1_macro',
    'f1_weighted',
    'roc_auc',
    'pr_auc',
    'log_loss',
  ],
  regression: ['mae', 'rmse', 'r2', 'mape'],
};

/** A new plan's values for what the user did not say. */
export const defaultPlan: Omit<ProjectPlan, 'name'> = {
  problem: '',
  hypothesis: '',
  task: 'classification',
  target: null,
  kpi: '',
  criteria: [],
  latencyBudgetMs: null,
};

/** Longest name a project may have, in characters. */
export const maxProjectNameLength = 120;
