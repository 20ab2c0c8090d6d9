/**
 * Words of the Train page: errors next to the form, the data's notes, durations and statuses,
 * all through the `train.` catalog block.
 */
import { isMessageKey, type MessageKey, type MessageParams } from '../../../i18n';
import type { LabError } from '../../../shared/lab-error';
import type { RunStatus, TrainingNote } from '../../../api/types';

/** The locale's `t`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A form field's label, when the field is one of the Train form's. */
function fieldLabel(t: Translate, field: string): string | null {
  const key = `train.field.${field}`;
  return isMessageKey(key) ? t(key) : null;
}

/**
 * An error to show beside the form: a bad field of the form in the locale ("Learning rate:
 * it must be greater than zero."); anything else as the facade already localised it.
 */
export function describeTrainError(t: Translate, error: LabError): string {
  if (error.code !== 'INVALID_ARGUMENT') return error.message;
  const label = fieldLabel(t, String(error.params.field ?? ''));
  const reason = String(error.params.reason ?? '');
  const reasonKey = [`train.invalid.${reason}`, `invalid.${reason}`].find(isMessageKey);
  if (label === null || reasonKey === undefined) return error.message;
  const detail = error.detail ?? '';
  return t('train.fieldError', { field: label, reason: t(reasonKey, { detail }) });
}

/** A note from the data preparation in plain words. */
export function describeNote(t: Translate, note: TrainingNote): string {
  return t(`train.note.${note.code}`, {
    column: note.column ?? '',
    count: note.count ?? 0,
  });
}

/** A run status in words. */
export function statusText(t: Translate, status: RunStatus | 'idle' | 'starting'): string {
  return t(`train.status.${status}`);
}

/** Milliseconds as "1 h 2 min", "3 min 4 s" or "5 s" (rounded to seconds). */
export function formatDuration(ms: number, t: Translate): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return t('train.duration.hours', { h, m });
  if (m > 0) return t('train.duration.minutes', { m, s });
  return t('train.duration.seconds', { s });
}
