import type { ExportReminderItem, Lab, ProjectActivity } from '../api/types';
import { computeExportReminders } from '../lifecycle/share/export-reminder';
import { toLabError, type LabError } from '../shared/lab-error';

/** Tables whose rows date a project's changes or its exports (`lab.storage.activity()`). */
const activityTables = new Set([
  'projects',
  'datasets',
  'versionRefs',
  'runs',
  'evaluations',
  'explanations',
  'models',
  'registryEvents',
  'deployments',
  'monitorSessions',
  'alerts',
  'retrains',
  'planHistory',
  'exports',
]);

/**
 * The export reminder: where the browser may delete the lab's storage, the projects changed
 * since their last export. Dismissing a project hides it until it changes again (this tab).
 */
export class ExportReminderState {
  activity = $state.raw<ProjectActivity[]>([]);
  persisted = $state(true);
  dismissed = $state.raw<Readonly<Record<string, number>>>({});
  error = $state.raw<LabError | null>(null);
  readonly items: ExportReminderItem[] = $derived(
    computeExportReminders(this.activity, {
      persisted: this.persisted,
      dismissed: this.dismissed,
    }),
  );
  readonly #storage: Pick<Lab['storage'], 'estimate' | 'activity'>;
  #pending: ReturnType<typeof setTimeout> | null = null;

  constructor(storage: Pick<Lab['storage'], 'estimate' | 'activity'>) {
    this.#storage = storage;
  }

  /** Reads whether storage is persistent and when each project changed and was exported. */
  async load(): Promise<void> {
    try {
      const [estimate, activity] = await Promise.all([
        this.#storage.estimate(),
        this.#storage.activity(),
      ]);
      this.persisted = estimate.persisted;
      this.activity = activity;
      this.error = null;
    } catch (thrown) {
      this.error = toLabError(thrown);
    }
  }

  /**
   * After a committed write to tables that date a project's changes or exports: reads again,
   * at most once per `delayMs` (training writes its run every epoch).
   */
  changed(tables: ReadonlySet<string>, delayMs = 2000): void {
    if (this.#pending || ![...tables].some((name) => activityTables.has(name))) return;
    this.#pending = setTimeout(() => {
      this.#pending = null;
      void this.load();
    }, delayMs);
  }

  /** Stops a pending read (the component is gone). */
  dispose(): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = null;
  }

  /** Hides the project until its next change. */
  dismiss(projectId: string): void {
    const project = this.activity.find((row) => row.projectId === projectId);
    if (project) this.dismissed = { ...this.dismissed, [projectId]: project.changedAt };
  }

  /** Hides every listed project until its next change. */
  dismissAll(): void {
    for (const item of this.items) this.dismiss(item.projectId);
  }
}
