import type { LabDeployNamespaces } from '../api/deploy-types';
import type {
  LabMonitorNamespace,
  MonitorHandle,
  MonitorSession,
  MonitorWindow,
} from '../api/monitor-types';
import type { DatasetVersionInfo, EndpointInfo, Lab } from '../api/types';
import type { Task } from '../lifecycle/plan/types';
import { toLabError, type LabError } from '../shared/lab-error';
import type { AlertRow } from '../storage/entities/alert-row';
import {
  computeAppendedWindows,
  computeFeatureNames,
  computeOnsetWindow,
} from '../ui/stages/monitor/monitor-series';
import {
  computeDefaultForm,
  parseReplayForm,
  type ReplayForm,
} from '../ui/stages/monitor/replay-form';

/** The part of the facade the Monitor page calls. */
export interface MonitorLab {
  monitor: Pick<LabMonitorNamespace['monitor'], 'replay' | 'sessions' | 'windows' | 'alerts'>;
  deploy: Pick<LabDeployNamespaces['deploy'], 'endpoints'>;
  data: Pick<Lab['data'], 'versions'>;
}

/** Where the live replay stands. */
export type ReplayStatus = 'idle' | 'starting' | 'running' | 'paused';

/**
 * The Monitor page: endpoints, source versions and past sessions; the replay form; the live or
 * chosen session's windows (at most 1,000), its alerts, the chosen window and features.
 */
export class MonitorState {
  endpoints = $state.raw<EndpointInfo[]>([]);
  versions = $state.raw<DatasetVersionInfo[]>([]);
  sessions = $state.raw<MonitorSession[]>([]);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  loadError = $state.raw<LabError | null>(null);
  form = $state<ReplayForm>(computeDefaultForm());
  /** The form's or the replay's last error. */
  error = $state.raw<LabError | null>(null);
  replay = $state<ReplayStatus>('idle');
  sessionId = $state<string | null>(null);
  windows = $state.raw<MonitorWindow[]>([]);
  alertRows = $state.raw<AlertRow[]>([]);
  onsetWindow = $state<number | null>(null);
  /** The window the drill-down shows; null: the newest. */
  selectedWindow = $state<number | null>(null);
  features = $state.raw<string[]>([]);
  /** The project's task: which performance alert the form offers. */
  task = $state<Task>('classification');
  readonly featureNames = $derived(computeFeatureNames(this.windows));
  readonly shownWindow = $derived(
    this.windows.find((w) => w.index === this.selectedWindow) ?? this.windows.at(-1) ?? null,
  );
  readonly sourceVersion = $derived(this.versions.find((v) => v.id === this.form.source) ?? null);
  readonly #lab: MonitorLab;
  #handle: MonitorHandle | null = null;
  #projectId: string | null = null;
  #request = 0;

  constructor(lab: MonitorLab) {
    this.#lab = lab;
  }

  /** Reads the project's endpoints, dataset versions and sessions; fills the form's defaults. */
  async load(projectId: string): Promise<void> {
    if (this.#projectId !== projectId) {
      this.#projectId = projectId;
      this.status = 'loading';
    }
    const request = ++this.#request;
    try {
      const [endpoints, versions, sessions] = await Promise.all([
        this.#lab.deploy.endpoints(projectId),
        this.#lab.data.versions(projectId),
        this.#lab.monitor.sessions(projectId),
      ]);
      if (request !== this.#request) return;
      this.endpoints = endpoints;
      this.versions = versions;
      this.sessions = [...sessions].sort((a, b) => b.createdAt - a.createdAt);
      if (!endpoints.some((e) => e.endpoint === this.form.endpoint))
        this.form.endpoint = endpoints[0]?.endpoint ?? '';
      if (!versions.some((v) => v.id === this.form.source))
        this.form.source = versions.at(-1)?.id ?? '';
      this.status = 'ready';
      this.loadError = null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.loadError = toLabError(thrown);
    }
  }

  /** Starts a replay from the form; windows arrive live. False when refused. */
  async start(): Promise<boolean> {
    if (this.replay !== 'idle') return false;
    this.error = null;
    try {
      const options = parseReplayForm($state.snapshot(this.form), this.task);
      this.replay = 'starting';
      this.#reset(null);
      const rows = Math.min(this.sourceVersion?.rows ?? 0, options.events ?? Infinity);
      const share = options.scenario && 'onset' in options.scenario ? options.scenario.onset : null;
      this.onsetWindow = computeOnsetWindow(
        share === null ? null : Math.floor(share * rows),
        options.windowSize ?? 100,
      );
      const handle = await this.#lab.monitor.replay({
        ...options,
        onWindow: (window) => this.#receive(window),
      });
      this.#handle = handle;
      this.sessionId = handle.id;
      this.replay = 'running';
      void this.#finish(handle);
      return true;
    } catch (thrown) {
      this.error = toLabError(thrown);
      this.replay = 'idle';
      return false;
    }
  }

  /** Pauses the live replay. */
  pause(): Promise<void> {
    return this.#control('pause', 'paused');
  }

  /** Resumes the paused replay. */
  resume(): Promise<void> {
    return this.#control('resume', 'running');
  }

  /** Stops the live replay; its windows so far stay. */
  cancel(): Promise<void> {
    return this.#control('cancel', this.replay);
  }

  /** Shows a past session's windows and alerts in the dashboard. */
  async openSession(sessionId: string): Promise<void> {
    if (this.replay !== 'idle') return;
    const session = this.sessions.find((s) => s.id === sessionId) ?? null;
    this.error = null;
    try {
      const [windows, alerts] = await Promise.all([
        this.#lab.monitor.windows(sessionId),
        this.#lab.monitor.alerts(sessionId),
      ]);
      this.#reset(sessionId);
      this.windows = windows.reduce<MonitorWindow[]>(
        (all, w) => computeAppendedWindows(all, w),
        [],
      );
      this.alertRows = alerts;
      this.onsetWindow = computeOnsetWindow(
        session?.onset ?? null,
        session?.options.windowSize ?? 100,
      );
      this.features = this.featureNames.slice(0, 3);
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }

  /** Chooses the window shown in the drill-down. */
  selectWindow(index: number | null): void {
    this.selectedWindow = index;
  }

  /** Shows or hides a feature's drift curve. */
  toggleFeature(name: string): void {
    this.features = this.features.includes(name)
      ? this.features.filter((f) => f !== name)
      : [...this.features, name];
  }

  #reset(sessionId: string | null): void {
    this.sessionId = sessionId;
    this.windows = [];
    this.alertRows = [];
    this.selectedWindow = null;
    this.onsetWindow = null;
  }

  #receive(window: MonitorWindow): void {
    const first = this.windows.length === 0;
    this.windows = computeAppendedWindows(this.windows, window);
    if (first && this.features.length === 0) this.features = this.featureNames.slice(0, 3);
  }

  async #finish(handle: MonitorHandle): Promise<void> {
    try {
      const session = await handle.done;
      if (this.#handle !== handle) return;
      const windowSize = session.options.windowSize ?? 100;
      this.onsetWindow = computeOnsetWindow(session.onset, windowSize);
      this.alertRows = await this.#lab.monitor.alerts(session.id);
    } catch (thrown) {
      if (this.#handle === handle) this.error = toLabError(thrown);
    } finally {
      if (this.#handle === handle) {
        this.#handle = null;
        this.replay = 'idle';
      }
      if (this.#projectId !== null) await this.load(this.#projectId);
    }
  }

  async #control(action: 'pause' | 'resume' | 'cancel', next: ReplayStatus): Promise<void> {
    const handle = this.#handle;
    if (handle === null) return;
    try {
      await handle[action]();
      if (this.#handle === handle) this.replay = next;
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }
}
