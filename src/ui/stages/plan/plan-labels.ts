import { isMessageKey, type MessageKey, type MessageParams } from '../../../i18n';
import type { PlanField, PlanHistoryEntry } from '../../../lifecycle/plan/types';
import type { LabError } from '../../../shared/lab-error';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const fieldKeys: Record<PlanField, MessageKey> = {
  name: 'plan.field.name',
  problem: 'plan.field.problem',
  hypothesis: 'plan.field.hypothesis',
  task: 'plan.field.task',
  target: 'plan.field.target',
  kpi: 'plan.field.kpi',
  criteria: 'plan.field.criteria',
  latencyBudgetMs: 'plan.field.latency',
};

/** A metric's name in the current language; the metric id where the catalogs have none. */
export function metricLabel(t: Translate, metric: string): string {
  const key = `plan.metric.${metric}`;
  return isMessageKey(key) ? t(key) : metric;
}

/** The label of a plan field in the current language. */
export function fieldLabel(t: Translate, field: PlanField): string {
  return t(fieldKeys[field]);
}

/** What one history entry records, in words: created, changed fields, or history began. */
export function historySummary(t: Translate, entry: PlanHistoryEntry): string {
  const fields = entry.changed.map((field) => fieldLabel(t, field)).join(', ');
  if (entry.kind === 'baseline') return t('plan.history.baseline');
  if (entry.kind === 'created') {
    return fields === '' ? t('plan.history.createdEmpty') : t('plan.history.created', { fields });
  }
  return t('plan.history.updated', { fields });
}

/** An INVALID_ARGUMENT error as a line next to the field it names: "Threshold: …". */
export function fieldErrorText(t: Translate, error: LabError, label: string): string {
  const reasonKey = `invalid.${String(error.params.reason)}`;
  const reason = isMessageKey(reasonKey)
    ? t(reasonKey, { detail: error.detail ?? String(error.params.detail ?? '') })
    : error.message;
  return t('plan.fieldError', { field: label, reason });
}

/** The id of the element that shows the error of `path` (`criteria.0.value`…). */
export function errorId(path: string): string {
  return `plan-error-${path.replace(/\./g, '-')}`;
}
