import { describe, expect, it } from 'vitest';
import {
  computeClassificationLosses,
  computeRegressionLosses,
  computeWorstErrors,
} from '../../../src/lifecycle/evaluate';
import { classCases, flatProbabilities, valueCases } from './evaluate-fixture';

describe('computeWorstErrors', () => {
  for (const entry of classCases) {
    it(`${entry.name}: the ten largest 1 − p(truth), ties in row order, match numpy lexsort`, () => {
      const k = entry.labels.length;
      const loss = computeClassificationLosses(entry.truth, flatProbabilities(entry), k);
      const rows = entry.truth.map((_, i) => i);
      const worst = computeWorstErrors(
        {
          rows,
          truth: entry.truth.map((t) => entry.labels[t]!),
          prediction: entry.predicted.map((p) => entry.labels[p]!),
          loss,
          features: { group: entry.columns.group },
        },
        10,
      );
      expect(worst.map((e) => e.row)).toEqual(entry.worst);
      const first = worst[0]!;
      expect(first.loss).toBe(1 - entry.probabilities[first.row]![entry.truth[first.row]!]!);
      expect(first.features).toEqual({ group: entry.columns.group[first.row] });
    });
  }
  for (const entry of valueCases) {
    it(`${entry.name}: the ten largest |error| match numpy lexsort`, () => {
      const loss = computeRegressionLosses(entry.truth, entry.predicted);
      const worst = computeWorstErrors(
        {
          rows: entry.truth.map((_, i) => i),
          truth: entry.truth,
          prediction: entry.predicted,
          loss,
          features: () => ({}),
        },
        10,
      );
      expect(worst.map((e) => e.row)).toEqual(entry.worst);
    });
  }

  it('keeps 50 by default, skips rows without a loss, and takes features from a function', () => {
    const n = 80;
    const loss = Float64Array.from({ length: n }, (_, i) => (i === 3 ? NaN : i % 5));
    const worst = computeWorstErrors({
      rows: Array.from({ length: n }, (_, i) => i + 1000),
      truth: new Array<null>(n).fill(null),
      prediction: new Array<number>(n).fill(0),
      loss,
      features: (position) => ({ position }),
    });
    expect(worst).toHaveLength(50);
    expect(worst.slice(0, 3).map((e) => e.row)).toEqual([1004, 1009, 1014]);
    expect(worst.some((e) => e.row === 1003)).toBe(false);
    expect(worst[0]).toMatchObject({
      truth: null,
      prediction: 0,
      loss: 4,
      features: { position: 4 },
    });
  });
});
