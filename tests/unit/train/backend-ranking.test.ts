import { describe, expect, it } from 'vitest';
import {
  computeBackendRanking,
  computeChosenBackend,
  computeFallbackOrder,
  computeFastestBackend,
  computeMedian,
  parseBackendId,
} from '../../../src/lifecycle/train/backend-ranking';
import type { BackendRow } from '../../../src/lifecycle/train/types';

const row = (id: string, msPerStep: number | null, available = msPerStep !== null): BackendRow => {
  const parsed = parseBackendId(id)!;
  return { id, ...parsed, available, msPerStep, reason: available ? null : 'no' };
};

describe('backend ranking', () => {
  const table = [
    row('webgpu', 40),
    row('webgl', 12),
    row('wasm-1', 3),
    row('wasm-4', 5),
    row('cpu', 20),
  ];

  it('ranks available rows fastest first', () => {
    expect(computeBackendRanking(table).map((r) => r.id)).toEqual([
      'wasm-1',
      'wasm-4',
      'webgl',
      'cpu',
      'webgpu',
    ]);
  });

  it('leaves out unavailable rows and rows without a time', () => {
    const t = [row('webgpu', null), row('cpu', 9), { ...row('webgl', 1), available: false }];
    expect(computeBackendRanking(t).map((r) => r.id)).toEqual(['cpu']);
  });

  it('breaks ties by preference webgpu, webgl, wasm, cpu, then fewer threads', () => {
    const t = [
      row('cpu', 5),
      row('wasm-8', 5),
      row('wasm-2', 5),
      row('webgl', 5),
      row('webgpu', 5),
    ];
    expect(computeBackendRanking(t).map((r) => r.id)).toEqual([
      'webgpu',
      'webgl',
      'wasm-2',
      'wasm-8',
      'cpu',
    ]);
  });

  it('the fastest of an empty or all-unavailable table is null', () => {
    expect(computeFastestBackend([])).toBeNull();
    expect(computeFastestBackend([row('webgpu', null)])).toBeNull();
  });

  it('an available override is chosen; an unavailable or unknown one falls back to the fastest', () => {
    const t = [...table, row('webgpu', null)];
    expect(computeChosenBackend(table, 'cpu')).toBe('cpu');
    expect(computeChosenBackend(table, null)).toBe('wasm-1');
    expect(computeChosenBackend([row('webgl', 2), row('webgpu', null)], 'webgpu')).toBe('webgl');
    expect(computeChosenBackend(t, 'tpu')).toBe('wasm-1');
  });

  it('the fallback order after a backend is the ranking without it', () => {
    expect(computeFallbackOrder(table, 'wasm-1')).toEqual(['wasm-4', 'webgl', 'cpu', 'webgpu']);
  });

  it('parses row ids and rejects others', () => {
    expect(parseBackendId('wasm-12')).toEqual({ backend: 'wasm', threads: 12 });
    expect(parseBackendId('webgpu')).toEqual({ backend: 'webgpu', threads: 1 });
    expect(parseBackendId('wasm-0')).toBeNull();
    expect(parseBackendId('tpu')).toBeNull();
  });

  it('median of odd and even lists', () => {
    expect(computeMedian([5, 1, 3])).toBe(3);
    expect(computeMedian([4, 1, 3, 2])).toBe(2.5);
    expect(() => computeMedian([])).toThrow(RangeError);
  });
});
