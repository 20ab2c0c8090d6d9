import { afterAll, describe, expect, it } from 'vitest';
import { createBackendApi } from '../../src/api/backend';
import type { SettingsStore } from '../../src/api/ports';
import { createTrainBridge } from '../../src/bridges/train-bridge';
import { computeBackendRanking } from '../../src/lifecycle/train/backend-ranking';

function createMemorySettings(): SettingsStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: async <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
    set: async (key, value) => void values.set(key, structuredClone(value)),
  };
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
