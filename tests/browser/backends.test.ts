import { afterAll, describe, expect, it } from 'vitest';
import { createBackendApi } from '../../src/api/backend';
import type { SettingsStore } from '../../src/api/ports';
import { createTrainBridge } from '../../src/bridges/train-bridge';
import {
  computeBackendRanking,
  computeFallbackOrder,
} from '../../src/lifecycle/train/backend-ranking';
import type { TrainProgress } from '../../src/lifecycle/train/types';

function createMemorySettings(): SettingsStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: async <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
    set: async (key, value) => void values.set(key, structuredClone(value)),
  };
}

/** `promise`, or a rejection naming `what` when it has not settled within `ms`: a hang fails fast. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const train = createTrainBridge({ idleMs: 600_000 });
afterAll(() => train.dispose());

describe('TensorFlow.js backends in the train worker (real Chromium)', () => {
  it.each(['webgpu', 'webgl', 'wasm-1', 'cpu'])('%s initialises and trains a step', async (id) => {
    const result = await train.trainSteps({ backend: id, steps: 2 });
    expect(result).toMatchObject({ backend: id, steps: 2 });
    expect(result.fallback).toBeUndefined();
    expect(Number.isFinite(result.loss)).toBe(true);
  });

  it('wasm with as many threads as the machine has initialises and trains a step', async () => {
    const cores = navigator.hardwareConcurrency;
    expect(crossOriginIsolated).toBe(true);
    const result = await train.trainSteps({ backend: `wasm-${Math.max(2, cores)}`, steps: 2 });
    expect(result.fallback).toBeUndefined();
    expect(Number.isFinite(result.loss)).toBe(true);
  });

  it('webgpu runs on the SwiftShader adapter', async () => {
    const runtime = await train.describeRuntime();
    expect(runtime.adapter?.toLowerCase()).toContain('swiftshader');
  });

  it('probe lists webgpu, webgl, wasm and cpu as available and chooses the fastest measured', async () => {
    const settings = createMemorySettings();
    const backend = createBackendApi({ train, settings, now: () => 42 });
    const phases: string[] = [];
    const choice = await backend.probe({ onProgress: (p) => void phases.push(p.phase) });
    const available = choice.table.filter((row) => row.available).map((row) => row.backend);
    for (const name of ['webgpu', 'webgl', 'wasm', 'cpu']) expect(available).toContain(name);
    const fastest = computeBackendRanking(choice.table)[0];
    expect(choice.fastest).toBe(fastest?.id);
    expect(choice.chosen).toBe(fastest?.id);
    for (const row of choice.table.filter((r) => r.available)) {
      expect(row.msPerStep).toBeGreaterThanOrEqual(fastest?.msPerStep ?? Infinity);
    }
    expect(choice.measuredAt).toBe(42);
    expect(phases).toHaveLength(choice.table.length);
    console.info(JSON.stringify(choice.table));

    const same = await backend.current();
    expect(same.table).toEqual(choice.table);
    const forced = await backend.use('cpu');
    expect(forced).toMatchObject({ chosen: 'cpu', override: 'cpu', fastest: choice.fastest });
    expect(await backend.trainSteps({ steps: 1 })).toMatchObject({ backend: 'cpu' });
    await expect(backend.use('tpu')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await backend.use(null)).chosen).toBe(choice.fastest);
  });
});

describe('a WebGPU device lost during training (injectFault device-lost)', () => {
  it('falls back to the next best backend by the ranking, says so, and the next call trains', async () => {
    const backend = createBackendApi({ train, settings: createMemorySettings() });
    const choice = await backend.probe();
    const nextBest = computeFallbackOrder(choice.table, 'webgpu')[0];
    expect(nextBest).toBeDefined();

    const result = await within(
      backend.trainSteps({ backend: 'webgpu', steps: 4, injectFault: 'device-lost' }),
      30_000,
      'training on a lost device',
    );
    expect(result).toMatchObject({
      backend: nextBest,
      steps: 4,
      fallback: { from: 'webgpu', code: 'DEVICE_LOST' },
    });
    expect(result.fallback?.reason).toMatch(/destroyed/);
    expect(Number.isFinite(result.loss)).toBe(true);

    // The lost device is gone for good; webgpu starts afresh on a new one.
    const again = await within(
      backend.trainSteps({ backend: 'webgpu', steps: 2 }),
      30_000,
      'retry',
    );
    expect(again).toMatchObject({ backend: 'webgpu', steps: 2 });
    expect(again.fallback).toBeUndefined();
    expect(Number.isFinite(again.loss)).toBe(true);
    const chosen = await backend.trainSteps({ steps: 1 });
    expect(chosen).toMatchObject({ backend: choice.chosen, steps: 1 });
    expect(chosen.fallback).toBeUndefined();
  });

  it('stops training on webgpu in the batch the device was lost in, without hanging', async () => {
    const progress: TrainProgress[] = [];
    const result = await within(
      train.trainSteps(
        { backend: 'webgpu', fallback: ['cpu'], steps: 5, injectFault: 'device-lost' },
        { onProgress: (p) => void progress.push(p) },
      ),
      30_000,
      'training on a lost device',
    );
    expect(result).toMatchObject({ backend: 'cpu', steps: 5, fallback: { from: 'webgpu' } });
    await expect.poll(() => progress.at(-1)).toEqual({ kind: 'done', backend: 'cpu' });
    const steps = progress.flatMap((p) => (p.kind === 'step' ? [`${p.backend} ${p.step}`] : []));
    // The device is lost inside the second step: that step and no later one finish on webgpu.
    expect(steps).toEqual(['webgpu 1', 'cpu 1', 'cpu 2', 'cpu 3', 'cpu 4', 'cpu 5']);
  });

  it('rejects the fault on any backend but webgpu with INVALID_ARGUMENT', async () => {
    for (const backend of ['cpu', 'wasm-1', 'webgl']) {
      const run = train.trainSteps({ backend, fallback: ['webgpu'], injectFault: 'device-lost' });
      await expect(run).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        params: { fault: 'device-lost', backend },
      });
    }
    expect((await train.trainSteps({ backend: 'cpu', steps: 1 })).backend).toBe('cpu');
  });
});
