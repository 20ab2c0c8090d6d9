import { isMessageKey, type MessageKey, type MessageParams } from '../../../i18n';
import type { LabError } from '../../../shared/lab-error';

const fieldKeys: Record<string, MessageKey> = {
  endpoint: 'monitor.form.endpoint',
  source: 'monitor.form.source',
  seed: 'monitor.form.seed',
  windowSize: 'monitor.form.windowSize',
  speed: 'monitor.form.speed',
  labelDelay: 'monitor.form.labelDelay',
  columns: 'monitor.form.columns',
  shift: 'monitor.form.shift',
  onset: 'monitor.form.onset',
  period: 'monitor.form.period',
  target: 'monitor.form.target',
  weights: 'monitor.form.weights',
  rate: 'monitor.form.rate',
  column: 'monitor.form.column',
  value: 'monitor.form.value',
};

/** The text shown for a refused form or replay: the form's field and reason, else the message. */
export function computeErrorText(
  error: LabError,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  const field = fieldKeys[String(error.params.field)];
  const reasonKey = `invalid.${String(error.params.reason)}`;
  if (error.code !== 'INVALID_ARGUMENT' || field === undefined || !isMessageKey(reasonKey))
    return t('monitor.replay.failed', { message: error.message });
  return t('monitor.form.invalid', { field: t(field), reason: t(reasonKey, error.params) });
}
