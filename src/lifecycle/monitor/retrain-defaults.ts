/**
 * Retrain defaults. A retrain takes the 250 most recent labelled events (on an alert: once 250
 * labels have arrived since the alert's first breaching window, so the new data shows the changed
 * world), holds out the latest 30% of them to compare challenger and champion, promotes only a
 * challenger that beats the champion there (by more than `minGain`) and passes the plan's gate,
 * then gives it half the traffic as a canary until 30 of its answers are labelled, and sends it
 * to production unless it falls more than 0.05 behind the champion on that traffic.
 */
import type { AlertRule } from './monitor-types';
import type { RetrainSettings } from './retrain-types';

/** Every retrain setting but the policy, at its default. */
export const defaultRetrainSettings: Required<Omit<RetrainSettings, 'policy'>> = {
  recentEvents: 250,
  holdoutShare: 0.3,
  minGain: 0,
  canaryPercent: 50,
  canaryEvents: 30,
  canaryTolerance: 0.05,
};

/** Fewest recent labelled events a retrain accepts (fewer cannot train and compare). */
export const minRetrainEvents = 20;

/** The default alert: half the features drifting, raised at once, cleared after two calm windows. */
export const defaultAlertRules: AlertRule[] = [
  { metric: 'dataset_drift_share', op: '>=', value: 0.5, raiseAfter: 1, clearAfter: 2 },
];
