import { MessageChannel } from 'node:worker_threads';
import { expose, proxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { describe, expect, it } from 'vitest';
import type { TrainProgress } from '../../src/lifecycle/train/types';
import { LabError } from '../../src/shared/lab-error';
import { installLabErrorTransfer } from '../../workers/transfer/lab-error-transfer';
import { trainApi, type TrainApi, type TrainWorkerRequest } from '../../workers/train.api';

installLabErrorTransfer('train');

describe('train worker api on the cpu backend in Node', () => {
  it('trainSteps with the same seed gives the same loss twice, and the loss falls', async () => {
    const first = await trainApi.trainSteps({ backend: 'cpu', steps: 5, seed: 7 });
    const again = await trainApi.trainSteps({ backend: 'cpu', steps: 5, seed: 7 });
    const one = await trainApi.trainSteps({ backend: 'cpu', steps: 1, seed: 7 });
    expect(first.backend).toBe('cpu');
    expect(first.steps).toBe(5);
    expect(first.loss).toBe(again.loss);
    expect(first.loss).toBeLessThan(one.loss);
    expect(first.msPerStep).toBeGreaterThan(0);
  });

  it('trainSteps with another seed gives another loss', async () => {
    const a = await trainApi.trainSteps({ backend: 'cpu', steps: 2, seed: 1 });
    const b = await trainApi.trainSteps({ backend: 'cpu', steps: 2, seed: 2 });
    expect(a.loss).not.toBe(b.loss);
  });

  it('trainSteps falls back to cpu when webgl cannot start, and says so', async () => {
    const result = await trainApi.trainSteps({ backend: 'webgl', fallback: ['cpu'], steps: 1 });
    expect(result.backend).toBe('cpu');
    expect(result.fallback).toMatchObject({ from: 'webgl', code: 'BACKEND_UNAVAILABLE' });
  });

  it('trainSteps with an unknown backend rejects with INVALID_ARGUMENT', async () => {
    await expect(trainApi.trainSteps({ backend: 'tpu' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('trainSteps with injectFault throw rejects after a real step', async () => {
    const steps: TrainProgress[] = [];
    const run = trainApi.trainSteps({ backend: 'cpu', steps: 3, injectFault: 'throw' }, (p) =>
      steps.push(p),
    );
    await expect(run).rejects.toThrow('injected fault');
    expect(steps.filter((p) => p.kind === 'step')).toHaveLength(1);
  });

  it('trainSteps with injectFault throw and one step fails that step', async () => {
    const run = trainApi.trainSteps({ backend: 'cpu', steps: 1, injectFault: 'throw' });
    await expect(run).rejects.toThrow('injected fault');
  });

  it('trainSteps rejects device-lost off webgpu, and unknown faults, with INVALID_ARGUMENT', async () => {
    const lost = trainApi.trainSteps({
      backend: 'cpu',
      fallback: ['webgpu'],
      injectFault: 'device-lost',
    });
    await expect(lost).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: { fault: 'device-lost', backend: 'cpu' },
    });
    const unknown = { backend: 'cpu', injectFault: 'melt' } as unknown as TrainWorkerRequest;
    await expect(trainApi.trainSteps(unknown)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      params: { fault: 'melt' },
    });
  });

  it('a cancelled trainSteps call rejects with CANCELLED', async () => {
    const run = trainApi.trainSteps({ backend: 'cpu', steps: 500, callId: 'c1' });
    await trainApi.cancelTraining('c1');
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('probeBackends on cpu measures it and says why webgpu is unavailable', async () => {
    const progress: TrainProgress[] = [];
    const report = await trainApi.probeBackends({ only: ['webgpu', 'cpu'] }, (p) =>
      progress.push(p),
    );
    const [webgpu, cpu] = report.table;
    expect(webgpu).toMatchObject({ id: 'webgpu', available: false, msPerStep: null });
    expect(webgpu?.reason).toMatch(/adapter/);
    expect(cpu).toMatchObject({ id: 'cpu', backend: 'cpu', threads: 1, available: true });
    expect(cpu?.msPerStep).toBeGreaterThan(0);
    expect(progress.map((p) => p.kind)).toEqual(['probe', 'probe']);
    expect(report.runtime.tfjs).toBe('4.22.0');
  });

  it('through Comlink over a MessageChannel, arguments clone and LabErrors keep their code', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(trainApi, nodeEndpoint(port1));
    const remote = wrap<TrainApi>(nodeEndpoint(port2));
    const seen: TrainProgress[] = [];
    const result = await remote.trainSteps(
      { backend: 'cpu', steps: 2, seed: 7, fallback: [] },
      proxy((p: TrainProgress) => void seen.push(p)),
    );
    const direct = await trainApi.trainSteps({ backend: 'cpu', steps: 2, seed: 7 });
    expect(result.loss).toBe(direct.loss);
    await expect.poll(() => seen.some((p) => p.kind === 'done')).toBe(true);

    const bad = remote.trainSteps({ backend: 'cpu', steps: 0 });
    await expect(bad).rejects.toBeInstanceOf(LabError);
    await expect(bad).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', params: { steps: 0 } });
    const thrown = remote.trainSteps({ backend: 'cpu', steps: 2, injectFault: 'throw' });
    await expect(thrown).rejects.toMatchObject({
      code: 'WORKER_FAILED',
      params: { worker: 'train', detail: 'Error: injected fault: a training step threw' },
    });
    port1.close();
    port2.close();
  });
});
