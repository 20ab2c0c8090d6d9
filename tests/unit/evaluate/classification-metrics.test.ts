import { describe, expect, it } from 'vitest';
import { computeClassificationScores } from '../../../src/lifecycle/evaluate';
import { classCases, expectClose, flatProbabilities } from './evaluate-fixture';

describe('computeClassificationScores against scikit-learn 1.2.1', () => {
  for (const entry of classCases) {
    const { metrics, report, predicted } = computeClassificationScores(
      entry.truth,
      flatProbabilities(entry),
      entry.labels,
    );

    it(`${entry.name}: predicts the first most probable class, as numpy argmax`, () => {
      expect(Array.from(predicted)).toEqual(entry.predicted);
    });
    for (const [metric, expected] of Object.entries(entry.metrics)) {
      it(`${entry.name}: ${metric} is ${expected}`, () => expectClose(metrics[metric], expected));
    }
    it(`${entry.name}: the confusion matrix is sklearn's (truth × predicted)`, () => {
      expect(report.confusion).toEqual(entry.confusion);
    });
    it(`${entry.name}: per-class precision, recall, F1, support, ROC AUC and AP match`, () => {
      entry.perClass.forEach((expected, c) => {
        const actual = report.perClass[c]!;
        expect(actual.label).toBe(entry.labels[c]);
        expect(actual.support).toBe(expected.support);
        expectClose(actual.precision, expected.precision);
        expectClose(actual.recall, expected.recall);
        expectClose(actual.f1, expected.f1);
        expectClose(actual.rocAuc, expected.rocAuc);
        expectClose(actual.prAuc, expected.prAuc);
      });
    });
    it(`${entry.name}: ROC curves are roc_curve(drop_intermediate=True) point for point`, () => {
      const expected = entry.perClass
        .map((c, k) => ({ label: entry.labels[k]!, roc: c.roc }))
        .filter((c, k) => c.roc !== null && !(entry.labels.length === 2 && k === 0));
      expect(report.roc.map((r) => r.label)).toEqual(expected.map((c) => c.label));
      report.roc.forEach((curve, i) => {
        const roc = expected[i]!.roc!;
        expect(curve.points.map((p) => p.x)).toEqual(roc.fpr);
        expect(curve.points.map((p) => p.y)).toEqual(roc.tpr);
        expect(curve.points.map((p) => p.threshold)).toEqual(roc.thresholds);
      });
    });
    it(`${entry.name}: PR curves are precision_recall_curve point for point`, () => {
      const expected = entry.perClass
        .map((c, k) => ({ label: entry.labels[k]!, pr: c.pr }))
        .filter((c, k) => c.pr !== null && !(entry.labels.length === 2 && k === 0));
      expect(report.pr.map((r) => r.label)).toEqual(expected.map((c) => c.label));
      report.pr.forEach((curve, i) => {
        const pr = expected[i]!.pr!;
        expect(curve.points.map((p) => p.x)).toEqual(pr.recall);
        expect(curve.points.map((p) => p.y)).toEqual(pr.precision);
        expect(curve.points.slice(0, -1).map((p) => p.threshold)).toEqual(pr.thresholds);
        expect(curve.points.at(-1)).toEqual({ x: 0, y: 1 });
      });
    });
  }

  it('the binary case has tied scores, so the curves merge ties into one threshold', () => {
    const binary = classCases.find((c) => c.labels.length === 2)!;
    const scores = binary.probabilities.map((p) => p[1]);
    expect(new Set(scores).size).toBeLessThan(scores.length / 2);
  });

  it('a class that never occurs in the truth has no ROC AUC or AP and is left out of the macro AUC', () => {
    const absent = classCases.find((c) => c.labels.length === 4)!;
    const { report } = computeClassificationScores(
      absent.truth,
      flatProbabilities(absent),
      absent.labels,
    );
    expect(report.perClass[3]).toMatchObject({ support: 0, rocAuc: null, prAuc: null });
    expect(report.roc.map((r) => r.label)).toEqual(['a', 'b', 'c']);
  });

  it('log loss clips probabilities of 0 and 1 at the float64 epsilon, as sklearn', () => {
    const { metrics } = computeClassificationScores([1], Float64Array.from([1, 0]), ['no', 'yes']);
    expectClose(
      metrics['log_loss'],
      -Math.log(Number.EPSILON / (1 - Number.EPSILON + Number.EPSILON)),
    );
  });

  it('float32 probabilities clip at the float32 epsilon (2^-23), as sklearn for float32 input', () => {
    const { metrics } = computeClassificationScores([1], Float32Array.from([1, 0]), ['no', 'yes']);
    expectClose(metrics['log_loss'], -Math.log(2 ** -23));
  });

  it('with one class present ROC AUC is null, and accuracy still counts', () => {
    const { metrics, report } = computeClassificationScores(
      [0, 0, 0],
      Float64Array.from([0.9, 0.1, 0.4, 0.6, 0.8, 0.2]),
      ['a', 'b'],
    );
    expect(metrics['roc_auc']).toBeNull();
    expect(metrics['accuracy']).toBeCloseTo(2 / 3, 15);
    expect(metrics['balanced_accuracy']).toBeCloseTo(2 / 3, 15);
    expect(report.roc).toEqual([]);
  });

  it('with no rows every metric is null and the confusion matrix is zeros', () => {
    const { metrics, report } = computeClassificationScores([], new Float64Array(0), [
      'a',
      'b',
      'c',
    ]);
    expect(Object.values(metrics).every((v) => v === null)).toBe(true);
    expect(report.confusion).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('probabilities of the wrong shape are an INVALID_ARGUMENT LabError', () => {
    expect(() =>
      computeClassificationScores([0, 1], Float64Array.from([1, 0, 0]), ['a', 'b']),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        params: expect.objectContaining({ field: 'probabilities' }),
      }),
    );
  });

  it('a true class outside the labels is an INVALID_ARGUMENT LabError', () => {
    expect(() => computeClassificationScores([2], Float64Array.from([1, 0]), ['a', 'b'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        params: { field: 'truth', reason: 'not_allowed' },
      }),
    );
  });
});
