import { describe, expect, it, vi } from 'vitest';
import type { BackendChoice, ProjectSummary } from '../../../src/api/types';
import { BackendTable } from '../../../src/state/backend-table.svelte';
import { CurrentProject } from '../../../src/state/current-project.svelte';
import { ProjectList } from '../../../src/state/project-list.svelte';
import { StorageUsage } from '../../../src/state/storage-usage.svelte';
import { LabError } from '../../../src/shared/lab-error';

const summary = (id: string, name = id): ProjectSummary => ({
  id,
  name,
  problem: '',
  hypothesis: '',
  task: 'classification',
  target: null,
  kpi: '',
  criteria: [],
  latencyBudgetMs: null,
  createdAt: 0,
  updatedAt: 0,
  stages: {
    plan: 'has-results',
    data: 'empty',
    train: 'empty',
    evaluate: 'empty',
    explain: 'empty',
    deploy: 'empty',
    monitor: 'empty',
    lineage: 'empty',
  },
});

describe('CurrentProject', () => {
  it('loads a project by id', async () => {
    const current = new CurrentProject({ get: async (id) => summary(id) });
    await current.load('p1');
    expect(current.status).toBe('ready');
    expect(current.project?.id).toBe('p1');
  });

  it('a NOT_FOUND rejection means not-found; others mean error', async () => {
    const missing = new CurrentProject({
      get: async () => {
        throw new LabError('NOT_FOUND', 'Not found: project x');
      },
    });
    await missing.load('x');
    expect(missing.status).toBe('not-found');
    const broken = new CurrentProject({
      get: async () => {
        throw new LabError('STORAGE_ERROR', 'disk');
      },
    });
    await broken.load('x');
    expect(broken.status).toBe('error');
    expect(broken.error?.message).toBe('disk');
  });

  it('an older answer arriving late does not replace a newer one', async () => {
    const resolvers = new Map<string, (p: ProjectSummary) => void>();
    const current = new CurrentProject({
      get: (id) => new Promise((resolve) => resolvers.set(id, resolve)),
    });
    const first = current.load('old');
    const second = current.load('new');
    resolvers.get('new')!(summary('new'));
    await second;
    resolvers.get('old')!(summary('old'));
    await first;
    expect(current.project?.id).toBe('new');
  });
});

describe('ProjectList', () => {
  it('create() returns the project, or null with the LabError kept for the form', async () => {
    const create = vi
      .fn()
      .mockResolvedValueOnce(summary('p1', 'Churn'))
      .mockRejectedValueOnce(
        new LabError('INVALID_ARGUMENT', 'name: too short', { column: 'name' }),
      );
    const list = new ProjectList({ list: async () => [], create });
    expect((await list.create({ name: 'Churn' }))?.id).toBe('p1');
    expect(await list.create({ name: '' })).toBeNull();
    expect(list.createError?.column).toBe('name');
    expect(list.creating).toBe(false);
  });

  it('load() lists projects or keeps the error', async () => {
    const list = new ProjectList({ list: async () => [summary('a')], create: vi.fn() });
    await list.load();
    expect(list.status).toBe('ready');
    expect(list.projects).toHaveLength(1);
  });
});

describe('BackendTable', () => {
  const choice: BackendChoice = {
    device: { key: 'k', userAgent: 'ua', adapter: null, hardwareConcurrency: 2 },
    table: [],
    fastest: null,
    chosen: null,
    override: null,
    measuredAt: null,
  };

  it('measure() reports progress while probing and clears it after', async () => {
    const seen: unknown[] = [];
    const table = new BackendTable({
      current: async () => choice,
      use: async () => choice,
      probe: async (options) => {
        options?.onProgress?.({ done: 1, total: 4, phase: 'wasm' });
        seen.push(table.progress, table.measuring);
        return { ...choice, measuredAt: 5 };
      },
    });
    expect(await table.measure()).toBe(true);
    expect(seen).toEqual([{ done: 1, total: 4, phase: 'wasm' }, true]);
    expect(table.measuring).toBe(false);
    expect(table.progress).toBeNull();
    expect(table.choice?.measuredAt).toBe(5);
  });

  it('use() failing keeps the last table and shows the error', async () => {
    const table = new BackendTable({
      current: async () => choice,
      probe: async () => choice,
      use: async () => {
        throw new LabError('BACKEND_UNAVAILABLE', 'no webgpu');
      },
    });
    await table.load();
    expect(await table.use('webgpu')).toBe(false);
    expect(table.status).toBe('ready');
    expect(table.error?.message).toBe('no webgpu');
  });
});

describe('StorageUsage', () => {
  it('persist() records the answer and updates the persisted flag', async () => {
    const usage = new StorageUsage({
      estimate: async () => ({ usage: 10, quota: 100, persisted: false }),
      persist: async () => true,
      usage: async () => ({ projects: [], unattributed: { rows: 0, bytes: 0 }, total: 0 }),
    });
    await usage.load();
    await usage.persist();
    expect(usage.persistResult).toBe(true);
    expect(usage.estimate?.persisted).toBe(true);
  });
});
