import { describe, expect, it } from 'vitest';
import { useLab, type LabTab } from './harness';
import { createSampleProject } from './lab-setup';

const lab = useLab();

/** A classification project with the penguins imported; returns ids. */
const penguins = (tab: LabTab) =>
  createSampleProject(tab, {
    name: 'Penguins',
    task: 'classification',
    target: 'Species',
    sample: 'penguins',
  });

describe('training runs', () => {
  it('gives identical weights and metrics for the same seed and backend, on cpu and on wasm', async () => {
    const tab = await lab.openTab();
    const ids = await penguins(tab);
    const runs = await tab.run(async (lab, ids) => {
      const out = [];
      for (const backend of ['cpu', 'cpu', 'wasm-1', 'wasm-1']) {
        const handle = await lab.train.start({
          ...ids,
          backend,
          seed: 7,
          model: { family: 'mlp', hidden: [16], dropout: 0.2 },
          hyper: { epochs: 4, batchSize: 16 },
        });
        const run = await handle.done;
        out.push({
          backend,
          digest: run.artifact!.weightsDigest,
          epochs: run.epochs.map((e) => e.metrics),
        });
      }
      return out;
    }, ids);
    const [cpuA, cpuB, wasmA, wasmB] = runs;
    expect(cpuA!.digest).toBe(cpuB!.digest);
    expect(cpuA!.epochs).toEqual(cpuB!.epochs);
    expect(wasmA!.digest).toBe(wasmB!.digest);
    expect(wasmA!.epochs).toEqual(wasmB!.epochs);
    expect(cpuA!.epochs).toHaveLength(4);
  }, 240_000);

  it('shows a run interrupted by a reload and resumes it to as many epochs as asked', async () => {
    const tab = await lab.openTab();
    const ids = await penguins(tab);
    const runId = await tab.run(async (lab, ids) => {
      let seen = 0;
      const handle = await lab.train.start({
        ...ids,
        backend: 'cpu',
        hyper: { epochs: 400, batchSize: 8, earlyStopping: null },
        onProgress: (p) => {
          if (p.kind === 'epoch') seen = p.record.epoch;
        },
      });
      while (seen < 3) await new Promise((r) => setTimeout(r, 50));
      return handle.id;
    }, ids);
    await tab.reload();
    // The old page's worker lets go of the run's lock as it dies; then the run shows interrupted.
    await expect
      .poll(() => tab.run((lab, id) => lab.runs.get(id).then((r) => r.status), runId), {
        timeout: 20_000,
      })
      .toBe('interrupted');
    const interrupted = await tab.run((lab, id) => lab.runs.get(id), runId);
    expect(interrupted.error?.code).toBe('INTERRUPTED');
    expect(interrupted.lastCheckpointEpoch).toBeGreaterThanOrEqual(3);
    const done = await tab.run(async (lab, id) => {
      // Fewer epochs left is not possible: the run keeps the epochs it asked for.
      const handle = await lab.train.resume(id, { backend: 'wasm-1' });
      return handle.done;
    }, runId);
    expect(done.status).toBe('done');
    expect(done.epochs).toHaveLength(400);
    expect(done.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
  }, 600_000);

  it('stops within a batch when the WebGL context is lost, keeps its checkpoint, and resumes on wasm', async () => {
    const tab = await lab.openTab();
    const ids = await penguins(tab);
    const outcome = await tab.run(async (lab, ids) => {
      const handle = await lab.train.start({
        ...ids,
        backend: 'webgl',
        hyper: { epochs: 4, batchSize: 64, earlyStopping: null },
        loseWebGlContextAtEpoch: 3,
      });
      const failure = await handle.done.then(
        () => null,
        (error: { code: string; message: string }) => ({
          code: error.code,
          message: error.message,
        }),
      );
      const stopped = await lab.runs.get(handle.id);
      const resumed = await (await lab.train.resume(handle.id, { backend: 'wasm-1' })).done;
      return { failure, stopped, resumed };
    }, ids);
    expect(outcome.failure?.code).toBe('INTERRUPTED');
    expect(outcome.stopped.status).toBe('interrupted');
    expect(outcome.stopped.lastCheckpointEpoch).toBe(2);
    expect(outcome.stopped.epochs).toHaveLength(2);
    expect(outcome.resumed.status).toBe('done');
    expect(outcome.resumed.epochs).toHaveLength(4);
    expect(outcome.resumed.environment?.backend).toBe('wasm-1');
  }, 300_000);
});
