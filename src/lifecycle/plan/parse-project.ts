import * as v from 'valibot';
import { LabError } from '../../shared/lab-error';
import { defaultPlan, maxProjectNameLength, taskMetrics } from './defaults';
import type { ProjectPlan } from './types';

const criterionSchema = v.object({
  metric: v.pipe(v.string(), v.minLength(1)),
  op: v.picklist(['>=', '<=']),
  value: v.pipe(v.number(), v.finite()),
});

const planFields = {
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maxProjectNameLength)),
  problem: v.string(),
  hypothesis: v.string(),
  task: v.picklist(['classification', 'regression']),
  target: v.nullable(v.pipe(v.string(), v.minLength(1))),
  kpi: v.string(),
  criteria: v.array(criterionSchema),
  latencyBudgetMs: v.nullable(v.pipe(v.number(), v.finite(), v.gtValue(0))),
};

const createSchema = v.strictObject({
  ...planFields,
  problem: v.optional(planFields.problem, defaultPlan.problem),
  hypothesis: v.optional(planFields.hypothesis, defaultPlan.hypothesis),
  task: v.optional(planFields.task, defaultPlan.task),
  target: v.optional(planFields.target, defaultPlan.target),
  kpi: v.optional(planFields.kpi, defaultPlan.kpi),
  criteria: v.optional(planFields.criteria, () => []),
  latencyBudgetMs: v.optional(planFields.latencyBudgetMs, defaultPlan.latencyBudgetMs),
});

const patchSchema = v.partial(v.strictObject(planFields));

/** Why a field was refused: a stable reason the catalogs translate (`invalid.<reason>`). */
export type InvalidReason =
  | 'required'
  | 'too_long'
  | 'wrong_type'
  | 'not_allowed'
  | 'not_finite'
  | 'not_positive'
  | 'unknown_field'
  | 'not_a_metric'
  | 'invalid';

function reasonOf(issue: v.BaseIssue<unknown>): InvalidReason {
  switch (issue.type) {
    case 'min_length':
      return 'required';
    case 'max_length':
      return 'too_long';
    case 'picklist':
      return 'not_allowed';
    case 'finite':
      return 'not_finite';
    case 'gt_value':
      return 'not_positive';
    case 'strict_object':
      return issue.input === undefined ? 'required' : 'unknown_field';
    case 'number':
      // Form text that is not a number arrives as NaN: say "a finite number", not "wrong type".
      return Number.isNaN(issue.input) ? 'not_finite' : reasonOfType(issue);
    case 'string':
    case 'array':
    case 'object':
    case 'nullable':
      return reasonOfType(issue);
    default:
      return 'invalid';
  }
}

function reasonOfType(issue: v.BaseIssue<unknown>): InvalidReason {
  return issue.input === undefined ? 'required' : 'wrong_type';
}

/** An INVALID_ARGUMENT LabError for one field, with the reason the catalogs translate. */
export function invalidField(field: string, reason: InvalidReason, detail: string): LabError {
  return new LabError('INVALID_ARGUMENT', `${field}: ${detail}`, {
    params: { field, reason, detail },
    column: field,
  });
}

function invalid(issues: v.BaseIssue<unknown>[]): LabError {
  const first = issues[0];
  if (!first) return invalidField('input', 'invalid', 'invalid value');
  const path = v.getDotPath(first) ?? 'input';
  return invalidField(path, reasonOf(first), first.message);
}

function checkCriteria(plan: Pick<ProjectPlan, 'task' | 'criteria'>): void {
  const allowed = taskMetrics[plan.task];
  plan.criteria.forEach((criterion, index) => {
    if (!allowed.includes(criterion.metric)) {
      const detail = `"${criterion.metric}" is not a ${plan.task} metric (${allowed.join(', ')})`;
      throw invalidField(`criteria.${index}.metric`, 'not_a_metric', detail);
    }
  });
}

/** Normalises what a caller gives `projects.create`: fills defaults, rejects bad fields. */
export function parseProjectPlan(input: unknown): ProjectPlan {
  const result = v.safeParse(createSchema, input);
  if (!result.success) throw invalid(result.issues);
  checkCriteria(result.output);
  return result.output;
}

/** Normalises a `projects.update` patch against the current plan; returns the merged plan. */
export function parseProjectPatch(current: ProjectPlan, patch: unknown): ProjectPlan {
  const result = v.safeParse(patchSchema, patch);
  if (!result.success) throw invalid(result.issues);
  const merged: ProjectPlan = { ...current, ...stripUndefined(result.output) };
  checkCriteria(merged);
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
