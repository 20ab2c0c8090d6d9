import { describe, expect, it, vi } from 'vitest';
import type { DatasetVersionInfo, TrainDefaults } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { TrainSetup } from '../../../src/state/train-setup.svelte';

const version = (id: string, addedAt: number): DatasetVersionInfo => ({
  id,
  parents: [],
  step: { kind: 'import' } as DatasetVersionInfo['step'],
  schema: { columns: [], missingTokens: [] },
  rows: 150,
  bytes: 8,
  createdAt: addedAt,
  addedAt,
});

const defaultsFor = (versionId: string): TrainDefaults => ({
  target: 'y',
  task: 'regression',
  features: ['x'],
  split:
    versionId === 'b'
      ? { source: 'column', column: 'split' }
      : { source: 'seeded', ratios: { train: 0.7, validation: 0.15, test: 0.15 }, seed: 1 },
  model: { family: 'linear', hidden: [], activation: 'relu', dropout: 0, l2: 0 },
  hyper: {
    optimizer: 'adam',
    learningRate: versionId === 'b' ? 0.01 : 0.05,
    batchSize: 16,
    epochs: 30,
    earlyStopping: null,
    classWeights: 'none',
  },
  seed: 7,
  notes: [{ code: 'constant-column', column: 'k' }],
});

function fakeLab() {
  const defaults = vi.fn(async (_p: string, versionId: string) => defaultsFor(versionId));
  return {
    lab: {
      data: { versions: async () => [version('a', 1), version('b', 2)] },
      train: { defaults },
    },
    defaults,
  };
}

describe('TrainSetup', () => {
  it('picks the newest version and fills the form with its defaults', async () => {
    const { lab, defaults } = fakeLab();
    const setup = new TrainSetup(lab);
    await setup.load('p');
    expect(setup.versionId).toBe('b');
    expect(defaults).toHaveBeenCalledWith('p', 'b');
    expect(setup.draft?.learningRate).toBe('0.01');
    expect(setup.hasSplitColumn).toBe(true);
    expect(setup.status).toBe('ready');
  });

  it('choosing another version loads its defaults into a fresh form', async () => {
    const { lab } = fakeLab();
    const setup = new TrainSetup(lab);
    await setup.load('p');
    setup.draft!.learningRate = '0.3';
    await setup.selectVersion('a');
    expect(setup.draft?.learningRate).toBe('0.05');
    expect(setup.hasSplitColumn).toBe(false);
  });

  it('the start options carry the project, version and edited values', async () => {
    const setup = new TrainSetup(fakeLab().lab);
    await setup.load('p');
    setup.draft!.epochs = '12';
    const options = setup.startOptions();
    expect(options).toMatchObject({ projectId: 'p', versionId: 'b', hyper: { epochs: 12 } });
    expect(setup.formError).toBeNull();
  });

  it('bad text gives no options and an INVALID_ARGUMENT naming the field', async () => {
    const setup = new TrainSetup(fakeLab().lab);
    await setup.load('p');
    setup.draft!.batchSize = 'many';
    expect(setup.startOptions()).toBeNull();
    expect(setup.formError?.code).toBe('INVALID_ARGUMENT');
    expect(setup.formError?.params.field).toBe('batchSize');
  });

  it('reset puts the defaults back and clears the error', async () => {
    const setup = new TrainSetup(fakeLab().lab);
    await setup.load('p');
    setup.draft!.batchSize = 'many';
    setup.startOptions();
    setup.reset();
    expect(setup.draft?.batchSize).toBe('16');
    expect(setup.formError).toBeNull();
  });

  it('a project without versions is empty, and failing defaults keep the error', async () => {
    const empty = new TrainSetup({
      data: { versions: async () => [] },
      train: { defaults: vi.fn() },
    });
    await empty.load('p');
    expect(empty.status).toBe('empty');
    const failing = new TrainSetup({
      data: { versions: async () => [version('a', 1)] },
      train: {
        defaults: async () => {
          throw new LabError('SCHEMA_MISMATCH', 'No target.');
        },
      },
    });
    await failing.load('p');
    expect(failing.status).toBe('error');
    expect(failing.loadError?.message).toBe('No target.');
  });
});
