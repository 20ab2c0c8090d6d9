import type { ColumnDrift } from '../lifecycle/monitor/types';
import type { AlertEvent, AlertRule, Scenario } from '../lifecycle/monitor/monitor-types';
import type { AlertRow } from '../storage/entities/alert-row';
import type {
  RetrainPolicy,
  RetrainRecord,
  RetrainSettings,
} from '../lifecycle/monitor/retrain-types';

export type * from '../lifecycle/monitor/retrain-types';

/** What `lab.monitor.replay` is asked for. */
export interface MonitorReplayOptions {
  /** The endpoint the stream flows through. */
  endpoint: string;
  /** The dataset version replayed as the stream. */
  source: string;
  order?: 'time' | 'shuffle';
  timeColumn?: string;
  scenario?: Scenario;
  /** Events per second; 0 or absent: as fast as possible. */
  speed?: number;
  /** Events after which an event's label arrives (default 0). */
  labelDelay?: number;
  seed?: number;
  /** Events per window (default 100). */
  windowSize?: number;
  /** Most events replayed (default all rows of the source). */
  events?: number;
  /** Alert rules on window statistics (default: dataset drift share ≥ 0.5 for 1 window, cleared after 2). */
  alertRules?: AlertRule[];
  /**
   * A retrain policy watched after every window: when it fires the replay waits while the lab
   * retrains, then serves the challenger as a canary and sends it to production or rolls it back.
   */
  retrain?: RetrainSettings;
  /** Called after each window. */
  onWindow?: (window: MonitorWindow) => void;
}

/** Statistics of one window of a replay, against the deployed model's training data. */
export interface MonitorWindow {
  sessionId: string;
  index: number;
  /** Stream positions [start, end). */
  start: number;
  end: number;
  drift: { columns: ColumnDrift[]; driftedShare: number; drifted: boolean };
  /** The predictions' distribution against the model's predictions on its training data. */
  predictionDrift: ColumnDrift | null;
  /** The metric on events whose labels have arrived (accuracy or MAE), and how many. */
  performance: {
    metric: string;
    value: number | null;
    labelled: number;
    /** The same per model version that answered (canary traffic splits it). */
    byModel: { modelVersionId: string; value: number; labelled: number }[];
  };
  latency: { p50: number; p95: number };
  /** Share of the window's events refused by the endpoint's validation. */
  invalidRate: number;
  /** Alerts raised or cleared at this window. */
  alerts: AlertEvent[];
}

/** A replay session, as stored. */
export interface MonitorSession {
  id: string;
  projectId: string;
  endpoint: string;
  source: string;
  options: Omit<MonitorReplayOptions, 'onWindow'>;
  status: 'running' | 'paused' | 'done' | 'cancelled' | 'failed';
  /** Stream position where the scenario starts, or null. */
  onset: number | null;
  events: number;
  windows: number;
  createdAt: number;
  finishedAt: number | null;
}

/** A replay in progress. */
export interface MonitorHandle {
  id: string;
  done: Promise<MonitorSession>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): Promise<void>;
}

/** The monitor namespace of the facade. */
export interface LabMonitorNamespace {
  monitor: {
    /** Replays a dataset version through an endpoint in the monitor worker, window by window. */
    replay(options: MonitorReplayOptions): Promise<MonitorHandle>;
    sessions(projectId: string): Promise<MonitorSession[]>;
    windows(sessionId: string): Promise<MonitorWindow[]>;
    alerts(sessionId: string): Promise<AlertRow[]>;
    /**
     * Retrains from a session if `policy` fires on its windows now (manual always does): new
     * dataset versions, the challenger run, its model version, and the decision; null when the
     * policy does not fire.
     */
    retrain(
      sessionId: string,
      policy: RetrainPolicy | RetrainSettings,
    ): Promise<RetrainRecord | null>;
    /** Ends a retrain's canary: production, or rollback when the challenger did worse. */
    promote(retrainId: string, options?: { force?: boolean }): Promise<RetrainRecord>;
    /** A project's retrains, oldest first. */
    retrains(projectId: string): Promise<RetrainRecord[]>;
  };
}
