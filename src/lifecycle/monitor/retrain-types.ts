/**
 * Types of a retrain: the policy that triggers it, its settings, and the record of every step
 * (recent events → new dataset version → challenger run → comparison and gate → decision →
 * canary → production). Plain JSON, stored in `retrains` and drawn in the lineage.
 */

/** When a retrain starts: by hand, on a raised alert, or every N labelled events. */
export type RetrainPolicy =
  | { kind: 'manual' }
  | {
      kind: 'on-alert';
      /** Only alerts on this metric (default: any alert rule). */
      metric?: string;
    }
  | { kind: 'every'; labelled: number };

/** How a retrain is run; every field but the policy has a documented default (retrain-defaults). */
export interface RetrainSettings {
  policy: RetrainPolicy;
  /** Labelled stream events the new data takes (the most recent ones). */
  recentEvents?: number;
  /** Share of those events held out (the latest ones) to compare challenger and champion. */
  holdoutShare?: number;
  /** The least gain of the challenger over the champion on the held-out events (metric units). */
  minGain?: number;
  /** Share of traffic (0–100) the challenger gets during its canary. */
  canaryPercent?: number;
  /** Labelled canary events answered by the challenger before it can go to production. */
  canaryEvents?: number;
  /** Most the challenger may fall behind the champion on canary traffic and still go on. */
  canaryTolerance?: number;
}

/** Where a retrain stands. */
export type RetrainStage =
  | 'preparing'
  | 'training'
  | 'evaluating'
  | 'rejected'
  | 'canary'
  | 'production'
  | 'rolled-back'
  | 'failed';

/** Why a retrain was rejected or rolled back (each has an i18n key `retrain.reason.<code>`). */
export type RetrainReasonCode = 'gate' | 'not-better' | 'canary-worse' | 'error';

/** What started a retrain. */
export interface RetrainTrigger {
  reason: 'manual' | 'alert' | 'labelled';
  /** Window index at which it started. */
  window: number;
  /** The alert's metric, for `alert`. */
  metric: string | null;
  /** Window at which the answered alert was raised, for `alert` (one retrain per raise). */
  alertWindow: number | null;
  /** Stream position up to which labels had arrived (exclusive). */
  labelledTo: number;
}

/** The metric of challenger and champion on the same held-out stream events. */
export interface RetrainComparison {
  metric: string;
  /** 'higher' for accuracy, 'lower' for MAE. */
  better: 'higher' | 'lower';
  champion: number;
  challenger: number;
  events: number;
}

/** The challenger's canary: labelled events each answered and the metric on them. */
export interface CanaryCheck {
  events: { champion: number; challenger: number };
  champion: number | null;
  challenger: number | null;
}

/** A retrain, step by step (`retrains`). */
export interface RetrainRecord {
  id: string;
  projectId: string;
  sessionId: string;
  endpoint: string;
  /** The registry name of the served model. */
  modelName: string;
  settings: RetrainSettings;
  trigger: RetrainTrigger;
  /** Stream positions [from, to) of the recent labelled events, and how they were split. */
  events: { from: number; to: number; train: number; heldOut: number };
  /** The champion's model version and its training dataset version (the reference). */
  championVersionId: string;
  referenceVersionId: string;
  /** The recent labelled events as a dataset version (parent: the stream's source). */
  captureVersionId: string | null;
  /** Reference plus captured events (parents: both). */
  versionId: string | null;
  runId: string | null;
  modelVersionId: string | null;
  packageId: string | null;
  comparison: RetrainComparison | null;
  /** The plan's gate on the challenger's test split. */
  gate: { verdict: 'pass' | 'fail' | 'no-criteria'; failed: string[] } | null;
  canary: CanaryCheck | null;
  stage: RetrainStage;
  reason: { code: RetrainReasonCode; detail: string } | null;
  /** Every stage reached, with its time (epoch ms). */
  history: { stage: RetrainStage; at: number }[];
  createdAt: number;
  updatedAt: number;
}
