import type { ProjectActivity } from '../lifecycle/share/export-reminder';
import type { LabStore } from './open-lab-store';
import { runRead } from './store-transactions';

/** Newest of the given times (epoch ms), ignoring missing ones; 0 when none. */
function newest(times: readonly (number | null | undefined)[]): number {
  return times.reduce<number>((max, at) => (typeof at === 'number' && at > max ? at : max), 0);
}

/**
 * When each project last changed and was last exported. A change is the newest creation or
 * update time over the project's rows that carry one (plan, datasets, versions, runs,
 * evaluations, explanations, registry, deployments, sessions, alerts, retrains); checkpoints and
 * packages are covered by their run and registry event, the prediction log by its session.
 */
export function readProjectActivity(store: LabStore): Promise<ProjectActivity[]> {
  const { db } = store;
  const light = [
    db.datasets,
    db.versionRefs,
    db.evaluations,
    db.explanations,
    db.models,
    db.deployments,
    db.alerts,
  ] as const;
  const tables = [
    db.projects,
    ...light,
    db.runs,
    db.registryEvents,
    db.monitorSessions,
    db.retrains,
    db.planHistory,
    db.exports,
  ];
  return runRead(store, tables, async () => {
    const projects = await db.projects.toArray();
    return Promise.all(
      projects.map(async (project): Promise<ProjectActivity> => {
        const of = <T>(table: {
          where(index: string): { equals(key: string): { toArray(): Promise<T[]> } };
        }) => table.where('projectId').equals(project.id).toArray();
        const [created, runs, events, sessions, retrains, plans, exports] = await Promise.all([
          Promise.all(light.map((table) => of<{ createdAt: number }>(table))),
          of<{ createdAt: number; startedAt: number | null; finishedAt: number | null }>(db.runs),
          of<{ at: number }>(db.registryEvents),
          of<{ createdAt: number; finishedAt: number | null }>(db.monitorSessions),
          of<{ updatedAt: number }>(db.retrains),
          of<{ at: number }>(db.planHistory),
          of<{ createdAt: number }>(db.exports),
        ]);
        const changedAt = newest([
          project.createdAt,
          project.updatedAt,
          ...created.flat().map((row) => row.createdAt),
          ...runs.flatMap((run) => [run.createdAt, run.startedAt, run.finishedAt]),
          ...events.map((event) => event.at),
          ...sessions.flatMap((session) => [session.createdAt, session.finishedAt]),
          ...retrains.map((retrain) => retrain.updatedAt),
          ...plans.map((plan) => plan.at),
        ]);
        const exportedAt = exports.length > 0 ? newest(exports.map((row) => row.createdAt)) : null;
        return { projectId: project.id, name: project.name, changedAt, exportedAt };
      }),
    );
  });
}
