/**
 * Which projects the lab reminds the user to export: where the browser may delete the site's
 * storage (not persistent, e.g. Safari after seven days without a visit), every project changed
 * since its last export, or never exported, unless the user dismissed it after that change.
 */

/** When a project last changed and was last exported (epoch ms). */
export interface ProjectActivity {
  projectId: string;
  name: string;
  /** Newest creation or update time over the project's rows. */
  changedAt: number;
  /** Newest export of the project; null when it was never exported. */
  exportedAt: number | null;
}

/** A project the reminder lists. */
export interface ExportReminderItem {
  projectId: string;
  name: string;
  changedAt: number;
  /** True when the project was never exported (else: changed since its last export). */
  neverExported: boolean;
}

/** Options of `computeExportReminders`. */
export interface ExportReminderOptions {
  /** Whether the browser keeps the lab's storage under pressure (`navigator.storage.persisted()`). */
  persisted: boolean;
  /** Per project, the `changedAt` the user dismissed the reminder at; a later change shows it again. */
  dismissed?: Readonly<Record<string, number>>;
}

/** The projects to remind about, most recently changed first; none when storage is persistent. */
export function computeExportReminders(
  projects: readonly ProjectActivity[],
  options: ExportReminderOptions,
): ExportReminderItem[] {
  if (options.persisted) return [];
  const dismissed = options.dismissed ?? {};
  return projects
    .filter((project) => project.exportedAt === null || project.changedAt > project.exportedAt)
    .filter((project) => {
      const at = dismissed[project.projectId];
      return at === undefined || project.changedAt > at;
    })
    .map((project) => ({
      projectId: project.projectId,
      name: project.name,
      changedAt: project.changedAt,
      neverExported: project.exportedAt === null,
    }))
    .sort((a, b) => b.changedAt - a.changedAt || a.projectId.localeCompare(b.projectId));
}
