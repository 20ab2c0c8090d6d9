import { describe, expect, it, vi } from 'vitest';
import type { ModelVersion } from '../../../src/api/deploy-types';
import type { RunInfo } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { DeployConsole } from '../../../src/state/deploy-console.svelte';
import { DeployRegistry } from '../../../src/state/deploy-registry.svelte';

const run = (id: string, createdAt: number, status = 'done') =>
  ({ id, name: id, kind: 'train', status, createdAt }) as unknown as RunInfo;

const version = (id: string, name: string, n: number): ModelVersion => ({
  id,
  projectId: 'p1',
  name,
  version: n,
  runId: 'r1',
  aliases: [],
  archived: false,
  packageId: null,
  createdAt: n,
});

function makeLab() {
  const versions: ModelVersion[] = [];
  return {
    runs: { list: vi.fn(async () => [run('r1', 1), run('r2', 2, 'failed')]) },
    deploy: {
      register: vi.fn(async (runId: string, name: string) => {
        const made = version(`m${versions.length + 1}`, name, versions.length + 1);
        versions.push({ ...made, runId });
        return made;
      }),
      versions: vi.fn(async () => [...versions]),
      events: vi.fn(async () => []),
      packages: vi.fn(async () => []),
      endpoints: vi.fn(async () => []),
      setAlias: vi.fn(async () => {
        throw new LabError('INVALID_ARGUMENT', 'That alias is taken');
      }),
      archive: vi.fn(),
      package: vi.fn(),
      packageBytes: vi.fn(),
      serve: vi.fn(),
      rollback: vi.fn(),
      removeVersion: vi.fn(),
    },
  };
}

describe('DeployRegistry', () => {
  it('lists finished runs only and shows a registered version grouped by name after reloading', async () => {
    const lab = makeLab();
    const registry = new DeployRegistry(lab);
    await registry.load('p1');
    expect(registry.runs.map((r) => r.id)).toEqual(['r1']);
    expect(await registry.register('r1', ' iris ', 'first')).toBe(true);
    expect(lab.deploy.register).toHaveBeenCalledWith('r1', 'iris', { note: 'first' });
    expect(registry.groups).toEqual([{ name: 'iris', versions: [registry.versions[0]] }]);
  });

  it('a refused action keeps its localised message for the page and does not throw', async () => {
    const registry = new DeployRegistry(makeLab());
    await registry.load('p1');
    const ok = await registry.setAlias(version('m1', 'iris', 1), 'champion');
    expect(ok).toBe(false);
    expect(registry.actionError?.message).toBe('That alias is taken');
    expect(registry.busy).toBe(false);
  });
});

describe('DeployConsole', () => {
  it('a JSON syntax error is kept with its position and nothing is sent', async () => {
    const serve = { predict: vi.fn(), log: vi.fn(async () => []) };
    const requests = new DeployConsole({ serve });
    await requests.choose('iris', '[{"a": }]');
    await requests.send();
    expect(requests.problem).toMatchObject({ reason: 'syntax', line: 1, column: 8 });
    expect(serve.predict).not.toHaveBeenCalled();
  });
});
