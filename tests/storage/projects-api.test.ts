import { afterEach, describe, expect, it } from 'vitest';
import { createProjectsApi } from '../../src/api/projects';
import {
  createPlanHistoryRepo,
  createProjectsRepo,
  openLabStore,
  type LabStore,
} from '../../src/storage';

let store: LabStore | undefined;
afterEach(() => store?.close());

async function projectsApi(clock = { t: 1_000 }) {
  store = await openLabStore({ name: `projects-api-${crypto.randomUUID()}` });
  let n = 0;
  return createProjectsApi({
    repo: createProjectsRepo(store),
    history: createPlanHistoryRepo(store),
    now: () => clock.t,
    newId: () => `p${++n}`,
  });
}

describe('lab.projects over the real database', () => {
  it('creates a project and lists it with every stage empty but the plan', async () => {
    const projects = await projectsApi();
    const created = await projects.create({ name: 'Penguins', problem: 'Which species?' });
    expect(created).toMatchObject({ id: 'p1', name: 'Penguins', createdAt: 1000, updatedAt: 1000 });
    const [listed] = await projects.list();
    expect(listed?.stages.plan).toBe('has-results');
    expect(listed?.stages.data).toBe('empty');
  });

  it('updates a project and moves it to the top of the list', async () => {
    const clock = { t: 1_000 };
    const projects = await projectsApi(clock);
    await projects.create({ name: 'A' });
    clock.t = 2_000;
    await projects.create({ name: 'B' });
    clock.t = 3_000;
    const updated = await projects.update('p1', { hypothesis: 'h' });
    expect(updated.updatedAt).toBe(3000);
    expect((await projects.list()).map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('rejects reading, updating or removing a project that does not exist with NOT_FOUND', async () => {
    const projects = await projectsApi();
    await expect(projects.get('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(projects.update('nope', { kpi: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(projects.remove('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an invalid plan and stores nothing', async () => {
    const projects = await projectsApi();
    await expect(projects.create({ name: '' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await projects.list()).toEqual([]);
  });

  it('removes a project', async () => {
    const projects = await projectsApi();
    await projects.create({ name: 'A' });
    await projects.remove('p1');
    expect(await projects.list()).toEqual([]);
  });
});
