import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { createSampleProject } from './lab-setup';

const lab = useLab();

describe('training and evaluating through the facade', () => {
  it('trains an MLP on the penguins in the train worker and evaluates it on the test split', async () => {
    const tab = await lab.openTab();
    const ids = await createSampleProject(tab, {
      name: 'Penguins',
      task: 'classification',
      target: 'Species',
      criteria: [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      sample: 'penguins',
    });
    const result = await tab.run(async (lab, ids) => {
      const epochs: number[] = [];
      const handle = await lab.train.start({
        ...ids,
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
    }, ids);
    expect(result.run.status).toBe('done');
    expect(result.run.artifact?.weightsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(result.epochs.length).toBe(result.run.epochs.length);
    expect(result.report.metrics.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.predictions.rows.length).toBe(result.report.rows);
    expect(result.report.gate.verdict).toBe('pass');
  }, 180_000);
});

describe('regression through the facade', () => {
  it('trains on the cars, predicts miles per gallon in their own units and scores MAE, RMSE, R² and MAPE', async () => {
    const tab = await lab.openTab();
    const ids = await createSampleProject(tab, {
      name: 'Cars',
      task: 'regression',
      target: 'Miles_per_Gallon',
      criteria: [{ metric: 'mae', op: '<=', value: 4 }],
      sample: 'cars',
    });
    const result = await tab.run(async (lab, ids) => {
      const defaults = await lab.train.defaults(ids.projectId, ids.versionId);
      const handle = await lab.train.start({
        ...ids,
        backend: 'wasm-1',
        hyper: { epochs: 80 },
      });
      const run = await handle.done;
      const report = await lab.evaluate.run(run.id);
      const predictions = await lab.evaluate.predictions(run.id);
      const card = await lab.evaluate.modelCard(run.id);
      return { defaults, run, report, predictions, card };
    }, ids);
    expect(result.defaults.task).toBe('regression');
    expect(result.defaults.features).not.toContain('Miles_per_Gallon');
    expect(result.run.status).toBe('done');
    expect(result.run.preprocessing?.target.kind).toBe('numeric');
    const { metrics, baseline } = result.report;
    expect(metrics.r2).toBeGreaterThan(0.6);
    expect(metrics.mae).toBeLessThan(baseline.mae!);
    expect(metrics.rmse).toBeGreaterThanOrEqual(metrics.mae!);
    expect(metrics.mape).toBeGreaterThan(0);
    expect(result.report.regression?.points.length).toBe(result.report.rows);
    // Predictions in miles per gallon, not standardised units.
    const predicted = result.predictions.prediction as number[];
    const mean = predicted.reduce((a, b) => a + b, 0) / predicted.length;
    expect(mean).toBeGreaterThan(15);
    expect(mean).toBeLessThan(35);
    expect(result.predictions.probabilities).toBeNull();
    expect(result.report.gate.checks[0]?.metric).toBe('mae');
    expect(result.card).toContain('<!doctype html>');
    expect(result.card).toContain('Cars');
  }, 180_000);
});
