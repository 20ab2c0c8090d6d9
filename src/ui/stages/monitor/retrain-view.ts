/**
 * What the retrain log shows of a retrain: its trigger, the comparison with the champion, the
 * canary's evidence and the decision, as plain text parts the panel translates.
 */
import type { RetrainRecord } from '../../../lifecycle/monitor/retrain-types';

/** The stages a retrain that ends in production goes through, in order. */
export const promotedStages = [
  'preparing',
  'training',
  'evaluating',
  'canary',
  'production',
] as const;

/** Metric values shown with four decimals; missing ones as a dash. */
export function formatMetric(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : Number(value.toFixed(4)).toString();
}

/** Whether the retrain is waiting on its canary (the panel offers to end it). */
export function isInCanary(record: RetrainRecord): boolean {
  return record.stage === 'canary';
}

/** Whether the retrain ended (production, rejected, rolled back or failed). */
export function isFinished(record: RetrainRecord): boolean {
  return ['production', 'rejected', 'rolled-back', 'failed'].includes(record.stage);
}
