import { describe, expect, it } from 'vitest';
import { useLab } from './harness';

const lab = useLab();

describe('backend choice by measurement', () => {
  it('probe() lists webgpu, webgl, wasm and cpu as available and chooses the fastest', async () => {
    const tab = await lab.openTab();
    const choice = await tab.run((lab) => lab.backend.probe());

    const availableBackends = new Set(
      choice.table.filter((row) => row.available).map((row) => row.backend),
    );
    expect([...availableBackends].sort()).toEqual(['cpu', 'wasm', 'webgl', 'webgpu']);

    const measured = choice.table.filter((row) => row.available && row.msPerStep !== null);
    const fastest = measured.reduce((best, row) => (row.msPerStep! < best.msPerStep! ? row : best));
    expect(choice.fastest).toBe(fastest.id);
    expect(choice.override).toBeNull();
    expect(choice.chosen).toBe(fastest.id);
    expect(tab.watch.errors()).toEqual([]);
  });
});
