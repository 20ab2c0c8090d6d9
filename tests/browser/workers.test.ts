import { afterEach, describe, expect, it } from 'vitest';
import { createDataBridge } from '../../src/bridges/data-bridge';
import { createTrainBridge, type TrainBridge } from '../../src/bridges/train-bridge';
import { LabError } from '../../src/shared/lab-error';

const bridges: { dispose(): void }[] = [];
afterEach(() => bridges.splice(0).forEach((bridge) => bridge.dispose()));

function trainBridge(failures: LabError[] = []): TrainBridge {
  const bridge = createTrainBridge({ onFailure: (error) => failures.push(error) });
  bridges.push(bridge);
  return bridge;
}

describe('workers through their bridges', () => {
  it('a training step that throws rejects with WORKER_FAILED, and the next call works', async () => {
    const failures: LabError[] = [];
    const train = trainBridge(failures);
    const failed = train.trainSteps({ backend: 'cpu', steps: 3, injectFault: 'throw' });
    await expect(failed).rejects.toBeInstanceOf(LabError);
    await expect(failed).rejects.toMatchObject({
      code: 'WORKER_FAILED',
      params: { worker: 'train' },
    });
    expect(failures.map((error) => error.code)).toEqual(['WORKER_FAILED']);
    const next = await train.trainSteps({ backend: 'cpu', steps: 2 });
    expect(next).toMatchObject({ backend: 'cpu', steps: 2 });
  });

  it('a crashed worker rejects every pending call with WORKER_CRASHED, and the next call works', async () => {
    const failures: LabError[] = [];
    const train = trainBridge(failures);
    const started = performance.now();
    const crashing = train.trainSteps({ backend: 'cpu', steps: 50, injectFault: 'crash' });
    const bystander = train.describeRuntime();
    const alsoPending = train.trainSteps({ backend: 'cpu', steps: 50 });
    const results = await Promise.allSettled([crashing, bystander, alsoPending]);
    const elapsed = performance.now() - started;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    for (const result of [results[0], results[2]]) {
      const reason = (result as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(LabError);
      expect(reason).toMatchObject({ code: 'WORKER_CRASHED', params: { worker: 'train' } });
    }
    expect(elapsed).toBeLessThan(10_000);
    expect(failures.map((error) => error.code)).toEqual(['WORKER_CRASHED']);
    const next = await train.trainSteps({ backend: 'cpu', steps: 1 });
    expect(next.backend).toBe('cpu');
  });

  it('an aborted call rejects with CANCELLED at once, and the worker stays usable', async () => {
    const train = trainBridge();
    const controller = new AbortController();
    const run = train.trainSteps({ backend: 'cpu', steps: 5000 }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    const next = await train.trainSteps({ backend: 'cpu', steps: 1 });
    expect(next.steps).toBe(1);
  });

  it('an already aborted signal rejects with CANCELLED without starting work', async () => {
    const train = trainBridge();
    const run = train.trainSteps({ backend: 'cpu' }, { signal: AbortSignal.abort() });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('progress arrives through a proxied callback as a tagged union', async () => {
    const train = trainBridge();
    const kinds: string[] = [];
    await train.trainSteps(
      { backend: 'cpu', steps: 3 },
      { onProgress: (p) => void kinds.push(p.kind) },
    );
    await expect.poll(() => kinds).toEqual(['step', 'step', 'step', 'done']);
  });

  it('the data worker digests a transferred buffer, which is detached after the call', async () => {
    const data = createDataBridge();
    bridges.push(data);
    const bytes = new TextEncoder().encode('abc');
    const buffer = bytes.buffer;
    const digest = await data.digestBuffer(buffer);
    expect(digest).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(buffer.byteLength).toBe(0);
    expect((await data.describeDataWorker()).crossOriginIsolated).toBe(true);
  });
});
