/**
 * Types of the monitor's replay: stream order, injected scenarios, windows and alert policy.
 * Plain data only, so a replay's configuration and its alert state can be saved as JSON.
 */

/** How the replay orders a dataset version's rows into a stream. */
export interface ReplayOrderOptions {
  /** 'time': ascending by the time column (missing times last, ties by row); 'shuffle': seeded. */
  order: 'time' | 'shuffle';
  /** The time column; defaults to the schema's column with role 'time'. */
  timeColumn?: string;
  /** Seed of the shuffle (recorded with the replay). */
  seed: number;
  /** Rows to replay (default: every row of the table). */
  rows?: ArrayLike<number>;
}

/** The shape of a covariate shift over the stream. */
export type CovariatePattern = 'sudden' | 'gradual' | 'recurring';

/** A drift injected into a replayed stream; `onset` is a share (0…1) of the stream's events. */
export type Scenario =
  | { kind: 'none' }
  | {
      kind: 'covariate';
      pattern: CovariatePattern;
      columns: readonly string[];
      /** Shift of each number column, in the column's standard deviations. */
      shift: number;
      onset: number;
      /** Recurring only: events per half-cycle (shift on for `period` events, then off). */
      period?: number;
    }
  | { kind: 'prior'; target: string; weights: Record<string, number>; onset: number }
  | {
      kind: 'concept';
      target: string;
      onset: number;
      /** How labels change; defaults to classification for category/boolean targets. */
      task?: 'classification' | 'regression';
    }
  | { kind: 'missing'; columns: readonly string[]; rate: number; onset: number }
  | { kind: 'unseen-category'; column: string; value: string; rate: number; onset: number };

/** The kinds of scenario the lab can inject. */
export type ScenarioKind = Scenario['kind'];

/** One window of the stream: events at positions start…end−1. */
export interface StreamWindow {
  index: number;
  start: number;
  /** Exclusive end position. */
  end: number;
}

/** A threshold on one window metric with hysteresis counts. */
export interface AlertRule {
  metric: string;
  /** '>=': the metric breaches at or above `value`; '<=': at or below. */
  op: '>=' | '<=';
  value: number;
  /** Consecutive breaching windows before the alert is raised. */
  raiseAfter: number;
  /** Consecutive healthy windows before a raised alert clears. */
  clearAfter: number;
}

/** Where one rule stands: raised or not, and its current run of breaching or healthy windows. */
export interface AlertRuleState {
  active: boolean;
  breachStreak: number;
  healthyStreak: number;
  /** Window at which the current alert was raised, or null when not raised. */
  raisedAt: number | null;
}

/** The alert policy's whole state: JSON, one entry per rule in rule order. */
export interface AlertState {
  rules: AlertRule[];
  entries: AlertRuleState[];
}

/** An alert raised or cleared at a window, with the metric value that decided it. */
export interface AlertEvent {
  kind: 'raised' | 'cleared';
  metric: string;
  window: number;
  value: number;
}
