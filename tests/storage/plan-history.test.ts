import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectsApi } from '../../src/api/projects';
import { pickPlan } from '../../src/lifecycle/plan/plan-diff';
import {
  createPlanHistoryRepo,
  createProjectsRepo,
  openLabStore,
  type LabStore,
} from '../../src/storage';
import { v1Initial, v2JobsUpdatedAt } from '../../src/storage/migrations';
import { freshName, makeProject } from './rows';

let store: LabStore | undefined;
afterEach(() => store?.close());

/** Test-only: every write to `tableName` fails, the way a full disk makes IndexedDB fail. */
function failWritesTo(tableName: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'HistoryFault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: () =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        };
      },
    }),
  };
}

async function projectsApi(options: { middlewares?: Middleware<DBCore>[] } = {}) {
  store = await openLabStore({ name: freshName(), ...options });
  const clock = { t: 1_000 };
  let n = 0;
  const api = createProjectsApi({
    repo: createProjectsRepo(store),
    history: createPlanHistoryRepo(store),
    now: () => clock.t,
    newId: () => `p${++n}`,
  });
  return { api, clock, db: store.db };
}

describe('plan history', () => {
  it('create writes the first entry; each update that changes something adds one, newest first', async () => {
    const { api, clock } = await projectsApi();
    await api.create({ name: 'Penguins', problem: 'Which species?' });
    clock.t = 2_000;
    await api.update('p1', {
      criteria: [
        { metric: 'accuracy', op: '>=', value: 0.9 },
        { metric: 'f1_macro', op: '>=', value: 0.85 },
      ],
      latencyBudgetMs: 25,
    });
    clock.t = 3_000;
    const same = await api.update('p1', { latencyBudgetMs: 25 });

    expect(same.updatedAt).toBe(2_000);
    const history = await api.history('p1');
    expect(history.map((e) => [e.seq, e.kind, e.at, e.changed])).toEqual([
      [2, 'updated', 2_000, ['criteria', 'latencyBudgetMs']],
      [1, 'created', 1_000, ['name', 'problem']],
    ]);
    expect(history[0]?.plan).toEqual(pickPlan(await api.get('p1')));
    expect(history[1]?.plan.criteria).toEqual([]);
  });

  it('update writes the project and its history entry in one transaction', async () => {
    const { api, db } = await projectsApi();
    await api.create({ name: 'A' });
    await api.update('p1', { kpi: 'Retained revenue' });
    const [project, rows] = await db.transaction('r', [db.projects, db.planHistory], () =>
      Promise.all([
        db.projects.get('p1'),
        db.planHistory.where('projectId').equals('p1').toArray(),
      ]),
    );
    expect(rows.at(-1)?.plan).toEqual(project && pickPlan(project));
  });

  it('a failing history write rejects and leaves the project unchanged', async () => {
    store = await openLabStore({ name: freshName() });
    const name = store.db.name;
    const repo = createProjectsRepo(store);
    const seeded = createProjectsApi({ repo, history: createPlanHistoryRepo(store) });
    const created = await seeded.create({ name: 'A', kpi: 'before' });
    store.close();

    const { db } = (store = await openLabStore({
      name,
      middlewares: [failWritesTo('planHistory')],
    }));
    const api = createProjectsApi({
      repo: createProjectsRepo(store),
      history: createPlanHistoryRepo(store),
    });
    await expect(api.update(created.id, { kpi: 'after' })).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
    expect(await db.projects.get(created.id)).toEqual(created);
    expect(await db.planHistory.count()).toBe(1);
    await expect(api.create({ name: 'B' })).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(await db.projects.count()).toBe(1);
  });

  it('an invalid update is refused with the field named and writes nothing', async () => {
    const { api, db } = await projectsApi();
    await api.create({ name: 'A' });
    await expect(
      api.update('p1', { criteria: [{ metric: 'accuracy', op: '>=', value: Number.NaN }] }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', column: 'criteria.0.value' });
    expect(await db.planHistory.count()).toBe(1);
  });

  it('history of a project that does not exist rejects NOT_FOUND', async () => {
    const { api } = await projectsApi();
    await expect(api.history('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('removing a project deletes its history and keeps another project’s', async () => {
    const { api, db } = await projectsApi();
    await api.create({ name: 'A' });
    await api.create({ name: 'B' });
    await api.remove('p1');
    expect(await db.planHistory.where('projectId').equals('p1').count()).toBe(0);
    expect(await db.planHistory.where('projectId').equals('p2').count()).toBe(1);
  });

  it('a version 2 database with projects opens upgraded, projects intact, each with a baseline entry', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Initial.stores);
    v2.version(2).stores(v2JobsUpdatedAt.stores);
    await v2.open();
    const p1 = makeProject('p1', 1_700_000_000_000, { updatedAt: 1_700_000_500_000 });
    const p2 = makeProject('p2', 1_700_000_100_000, { criteria: [] });
    await v2.table('projects').bulkAdd([p1, p2]);
    await v2.table('settings').put({ key: 'locale', value: 'ko' });
    v2.close();

    store = await openLabStore({ name });
    const { db } = store;
    expect(store.health()).toBe('ok');
    expect(await db.projects.get('p1')).toEqual(p1);
    expect(await db.projects.get('p2')).toEqual(p2);
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'ko' });
    const history = createPlanHistoryRepo(store);
    expect(await history.list('p1')).toEqual([
      {
        projectId: 'p1',
        seq: 1,
        at: 1_700_000_500_000,
        kind: 'baseline',
        changed: [],
        plan: pickPlan(p1),
      },
    ]);

    const api = createProjectsApi({ repo: createProjectsRepo(store), history, now: () => 2e12 });
    await api.update('p1', { hypothesis: 'Tenure matters.' });
    expect((await history.list('p1')).map((e) => [e.seq, e.kind, e.changed])).toEqual([
      [2, 'updated', ['hypothesis']],
      [1, 'baseline', []],
    ]);
  });
});
