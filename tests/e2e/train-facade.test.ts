import { describe, expect, it } from 'vitest';
import { useLab } from './harness';

const lab = useLab();

describe('training and evaluating through the facade', () => {
  it('trains an MLP on the penguins in the train worker and evaluates it on the test split', async () => {
    const tab = await lab.openTab();
    const result = await tab.run(async (lab) => {
      const project = await lab.projects.create({
        name: 'Penguins',
        task: 'classification',
        target: 'Species',
        criteria: [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      });
      const imported = await lab.data.importSample(project.id, 'penguins');
      const epochs: number[] = [];
      const handle = await lab.train.start({
        projectId: project.id,
        versionId: imported.versionId,
        backend: 'wasm-1',
        hyper: { epochs: 30 },
        onProgress: (p) => {
          if (p.kind === 'epoch') epochs.push(p.record.epoch);
        },
      });
      const run = await handle.done;
      const report = await lab.evaluate.run(run.id);
      const predictions = await lab.evaluate.predictions(run.id);
      return { run, report, epochs, predictions };
    });
    expect(result.run.status).toBe('done');
    expect(result.run.artifact?.weightsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(result.epochs.length).toBe(result.run.epochs.length);
    expect(result.report.metrics.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.predictions.rows.length).toBe(result.report.rows);
    expect(result.report.gate.verdict).toBe('pass');
  }, 180_000);
});
