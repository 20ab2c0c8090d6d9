import Dexie from 'dexie';
import { pickPlan } from '../lifecycle/plan/plan-diff';
import type { PlanChangeKind, PlanField, PlanHistoryEntry, Project } from '../lifecycle/plan/types';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** What a plan change returns to `record`: the project as written and what the change was. */
export interface PlanChange {
  project: Project;
  kind: PlanChangeKind;
  /** Fields that changed; an empty list writes no history entry (nothing changed). */
  changed: PlanField[];
}

/** Writes and queries of `planHistory`, the saved states of each project's plan. */
export interface PlanHistoryRepo {
  /**
   * Runs `change` (which writes the project through the projects repository) and appends the
   * history entry in one read-write transaction over `projects` and `planHistory`: both land
   * or neither does, so history never disagrees with the project.
   */
  record(change: () => Promise<PlanChange>): Promise<Project>;
  /** The project's history entries, newest first. */
  list(projectId: string): Promise<PlanHistoryEntry[]>;
}

/** The plan history repository over an open store. */
export function createPlanHistoryRepo(store: LabStore): PlanHistoryRepo {
  const { db } = store;
  const ofProject = (projectId: string) =>
    db.planHistory
      .where('[projectId+seq]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey]);

  return {
    record: (change) =>
      runWrite(store, [db.projects, db.planHistory], async () => {
        const { project, kind, changed } = await change();
        if (changed.length === 0) return project;
        const last = await ofProject(project.id).last();
        await db.planHistory.add({
          projectId: project.id,
          seq: (last?.seq ?? 0) + 1,
          at: project.updatedAt,
          kind,
          changed,
          plan: pickPlan(project),
        });
        return project;
      }),

    list: (projectId) =>
      runRead(store, [db.planHistory], () => ofProject(projectId).reverse().toArray()),
  };
}
