/**
 * What the explain jobs read off a loaded run: a predictor in the target's own units, a score,
 * the model's structure with weight histograms, and the standardised coefficients of a linear
 * or logistic model.
 */
import type { ColumnTable } from '../../src/lifecycle/data/types';
import { computeCoefficients } from '../../src/lifecycle/explain/coefficients';
import type { Predict, Score } from '../../src/lifecycle/explain/predict';
import type { GlobalExplanation, LayerSummary } from '../../src/lifecycle/explain/types';
import { computeWeightHistogram } from '../../src/lifecycle/explain/weight-histogram';
import { computeRegressionScores } from '../../src/lifecycle/evaluate/regression-metrics';
import type { FittedPreprocessing } from '../../src/lifecycle/train/run-types';
import { predictRows, type LoadedRun } from './run-model';

/** Output names: class labels, or the target's name. */
export function outputNames(pre: FittedPreprocessing): string[] {
  return pre.target.kind === 'classes' ? pre.target.classes : [pre.target.column];
}

/** The run's outputs for rows of a table: probabilities, or values in the target's units. */
export function createPredict(loaded: LoadedRun): Predict {
  const target = loaded.preprocessing.target;
  return async (table: ColumnTable, rows: ArrayLike<number>) => {
    const outputs = await predictRows(loaded, table, rows);
    if (target.kind === 'numeric') {
      for (let i = 0; i < outputs.length; i++)
        outputs[i] = outputs[i]! * target.scale + target.mean;
    }
    return outputs;
  };
}

/** Accuracy (classification) or R² (regression) of the run on `rows`, truth `y` aligned. */
export function createScore(
  loaded: LoadedRun,
  predict: Predict,
  y: Float32Array,
): { metric: string; score: Score } {
  const target = loaded.preprocessing.target;
  if (target.kind === 'classes') {
    const k = target.classes.length;
    return {
      metric: 'accuracy',
      score: async (table, rows) => {
        const p = await predict(table, rows);
        let hits = 0;
        for (let i = 0; i < rows.length; i++) {
          let best = 0;
          for (let c = 1; c < k; c++) if (p[i * k + c]! > p[i * k + best]!) best = c;
          if (best === y[i]) hits += 1;
        }
        return rows.length > 0 ? hits / rows.length : Number.NaN;
      },
    };
  }
  const truth = Float64Array.from(y, (v) => v * target.scale + target.mean);
  return {
    metric: 'r2',
    score: async (table, rows) => {
      const p = await predict(table, rows);
      return computeRegressionScores(truth, p, rows, 1).metrics.r2 ?? Number.NaN;
    },
  };
}

/** Model input names: a number column, or `column = category` for a one-hot input. */
export function inputNames(pre: FittedPreprocessing): string[] {
  return pre.features.flatMap((f) =>
    f.kind === 'numeric' ? [f.column] : f.categories.map((c) => `${f.column} = ${c}`),
  );
}

/** Layers with shapes, parameters and kernel weight histograms. */
export function summarizeLayers(loaded: LoadedRun): LayerSummary[] {
  return loaded.model.layers.map((layer) => {
    const config = layer.getConfig() as { activation?: unknown };
    const [kernel] = layer.getWeights();
    const shape = (value: unknown) => (Array.isArray(value) ? value : []) as (number | null)[];
    return {
      name: layer.name,
      kind: layer.getClassName(),
      activation: typeof config.activation === 'string' ? config.activation : null,
      inputShape: shape((layer.input as { shape?: unknown }).shape),
      outputShape: shape((layer.output as { shape?: unknown }).shape),
      parameters: layer.countParams(),
      weights: kernel ? computeWeightHistogram(kernel.dataSync()) : null,
    };
  });
}

/** Coefficients of a linear or logistic model (its one dense layer); null for an MLP. */
export function readCoefficients(loaded: LoadedRun): GlobalExplanation['coefficients'] {
  if (loaded.run.config.model.family === 'mlp') return null;
  const [kernel, bias] = loaded.model.layers[0]?.getWeights() ?? [];
  if (!kernel || !bias) return null;
  return computeCoefficients(
    kernel.dataSync() as Float32Array,
    bias.dataSync() as Float32Array,
    inputNames(loaded.preprocessing),
    outputNames(loaded.preprocessing),
  );
}
