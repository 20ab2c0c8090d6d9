import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeClassBaseline,
  computeClassificationBaselineScores,
  computeRegressionBaselineScores,
} from '../../../src/lifecycle/evaluate';

interface ClassCase {
  name: string;
  task: 'classification';
  classes: string[];
  fit: string[];
  score: string[];
  majority: string;
  metrics: Record<string, number>;
}
interface ValueCase {
  name: string;
  task: 'regression';
  fit: number[];
  score: number[];
  mean: number;
  metrics: Record<string, number>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/baseline/baseline.json', import.meta.url), 'utf8'),
) as { cases: (ClassCase | ValueCase)[] };

/** 1e-12, relative to the reference's size when it is above 1. */
function expectClose(actual: number | null | undefined, expected: number) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(expected)),
  );
}

const classCases = fixture.cases.filter((c): c is ClassCase => c.task === 'classification');
const valueCases = fixture.cases.filter((c): c is ValueCase => c.task === 'regression');

describe('computeClassificationBaselineScores against scikit-learn DummyClassifier(prior)', () => {
  for (const entry of classCases) {
    const index = (label: string) => entry.classes.indexOf(label);
    const fit = Int32Array.from(entry.fit, index);
    const score = Int32Array.from(entry.score, index);
    const scores = computeClassificationBaselineScores(fit, score, entry.classes.length);

    it(`${entry.name}: predicts the majority class ${entry.majority}`, () => {
      expect(computeClassBaseline(fit, entry.classes.length).majority).toBe(index(entry.majority));
    });
    for (const [metric, expected] of Object.entries(entry.metrics)) {
      it(`${entry.name}: ${metric} is ${expected}`, () => expectClose(scores[metric], expected));
    }
  }

  it('penguins: the baseline accuracy is 152/344', () => {
    const penguins = classCases.find((c) => c.name === 'penguins Species');
    expect(penguins?.metrics['accuracy']).toBe(152 / 344);
  });

  it('with nothing to score there are no scores', () => {
    expect(computeClassificationBaselineScores([0, 1], [], 2)).toEqual({});
  });
});

describe('computeRegressionBaselineScores against scikit-learn DummyRegressor(mean)', () => {
  for (const entry of valueCases) {
    const scores = computeRegressionBaselineScores(entry.fit, entry.score);
    for (const [metric, expected] of Object.entries(entry.metrics)) {
      it(`${entry.name}: ${metric} is ${expected}`, () => expectClose(scores[metric], expected));
    }
  }

  it('r2 of the mean scored on the data it was fitted on is exactly 0', () => {
    expect(computeRegressionBaselineScores([1, 2, 4], [1, 2, 4])['r2']).toBe(0);
  });
});
