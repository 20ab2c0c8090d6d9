import { describe, expect, it } from 'vitest';
import {
  applyTrialParams,
  computeSearchBest,
  createSearchPlanner,
} from '../../../src/lifecycle/train';
import type { SearchSpec, SearchTrial } from '../../../src/lifecycle/train/run-types';
import { LabError } from '../../../src/shared/lab-error';
import { hyper, model } from './helpers';

const space = { learningRate: [0.1, 0.01], units: [8, 16, 32] };

function spec(patch: Partial<SearchSpec>): SearchSpec {
  return { strategy: 'grid', space, budget: {}, metric: 'val_loss', direction: 'min', ...patch };
}

function key(trial: SearchTrial): string {
  return JSON.stringify(trial.params);
}

describe('createSearchPlanner', () => {
  it('grid covers the Cartesian product in key order, then is done', () => {
    const planner = createSearchPlanner(spec({}), 20, 1);
    const trials = planner.next([]);
    const expected: string[] = [];
    for (const learningRate of space.learningRate)
      for (const units of space.units) expected.push(JSON.stringify({ learningRate, units }));
    expect(trials.map(key)).toEqual(expected);
    expect(trials.every((t) => t.epochs === 20 && t.rung === 0)).toBe(true);
    expect(planner.next(trials.map((trial) => ({ trial, value: 1 })))).toEqual([]);
    expect(planner.isDone()).toBe(true);
  });

  it('grid is capped by budget.runs', () => {
    const trials = createSearchPlanner(spec({ budget: { runs: 4 } }), 20, 1).next([]);
    expect(trials.map((t) => t.index)).toEqual([0, 1, 2, 3]);
  });

  it('random is deterministic per seed and differs between seeds', () => {
    const random = spec({ strategy: 'random', budget: { runs: 4 } });
    const a = createSearchPlanner(random, 10, 5).next([]).map(key);
    const b = createSearchPlanner(random, 10, 5).next([]).map(key);
    const c = createSearchPlanner(random, 10, 6).next([]).map(key);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('random repeats no combination while unseen ones remain, and defaults to 10 trials', () => {
    const trials = createSearchPlanner(spec({ strategy: 'random' }), 10, 9).next([]);
    expect(trials).toHaveLength(10);
    expect(new Set(trials.slice(0, 6).map(key)).size).toBe(6);
  });

  it('halving keeps the best third of each rung and triples the epochs up to the base', () => {
    const big = { learningRate: [0.1, 0.03, 0.01], units: [8, 16, 32] };
    const planner = createSearchPlanner(spec({ strategy: 'halving', space: big }), 27, 2);
    const rung0 = planner.next([]);
    expect(rung0).toHaveLength(9);
    expect(rung0.every((t) => t.epochs === 3 && t.rung === 0)).toBe(true);
    // Lower is better; trial 8 produced no value and counts as worst.
    const values = [0.5, 0.2, 0.9, 0.1, 0.7, 0.3, 0.8, 0.6, null];
    const done0 = rung0.map((trial, i) => ({ trial, value: values[i]! }));
    expect(planner.next(done0.slice(0, 8))).toEqual([]);
    expect(planner.isDone()).toBe(false);
    const rung1 = planner.next(done0);
    expect(rung1.map((t) => t.params)).toEqual([3, 1, 5].map((i) => rung0[i]!.params));
    expect(rung1.map((t) => [t.index, t.epochs, t.rung])).toEqual([
      [9, 9, 1],
      [10, 9, 1],
      [11, 9, 1],
    ]);
    const done1 = rung1.map((trial, i) => ({ trial, value: [0.3, 0.1, 0.2][i]! }));
    const rung2 = planner.next([...done0, ...done1]);
    expect(rung2).toEqual([{ index: 12, params: rung0[1]!.params, epochs: 27, rung: 2 }]);
    expect(planner.next([...done0, ...done1, { trial: rung2[0]!, value: 0.05 }])).toEqual([]);
    expect(planner.isDone()).toBe(true);
  });

  it('rejects an unknown hyperparameter and an empty value list', () => {
    expect(() => createSearchPlanner(spec({ space: { momentum: [0.9] } }), 10, 1)).toThrow(
      LabError,
    );
    expect(() => createSearchPlanner(spec({ space: { dropout: [] } }), 10, 1)).toThrow(/non-empty/);
  });
});

describe('computeSearchBest', () => {
  const trial = (index: number, rung: number): SearchTrial => ({
    index,
    params: {},
    epochs: 3,
    rung,
  });

  it('picks the highest value for max and says why', () => {
    const best = computeSearchBest(spec({ metric: 'val_accuracy', direction: 'max' }), [
      { runId: 'a', trial: trial(0, 0), value: 0.9 },
      { runId: 'b', trial: trial(1, 0), value: 0.98123 },
      { runId: 'c', trial: trial(2, 0), value: null },
    ]);
    expect(best).toMatchObject({ runId: 'b', value: 0.98123 });
    expect(best?.why).toBe('highest val_accuracy of 3 trials (0.9812)');
    expect(best?.reason).toEqual({
      key: 'searchBest.highest',
      metric: 'val_accuracy',
      value: 0.98123,
      trials: 3,
      rung: null,
    });
  });

  it('for halving only the highest rung counts', () => {
    const best = computeSearchBest(spec({ strategy: 'halving' }), [
      { runId: 'early', trial: trial(0, 0), value: 0.01 },
      { runId: 'x', trial: trial(1, 1), value: 0.4 },
      { runId: 'y', trial: trial(2, 1), value: 0.3 },
    ]);
    expect(best?.runId).toBe('y');
    expect(best?.why).toBe('lowest val_loss of 2 trials in the last rung, rung 1 (0.3)');
  });

  it('is null when no trial has a value', () => {
    expect(
      computeSearchBest(spec({}), [{ runId: 'a', trial: trial(0, 0), value: null }]),
    ).toBeNull();
  });
});

describe('applyTrialParams', () => {
  it('applies overrides: units is one hidden layer, hidden a list', () => {
    const out = applyTrialParams(model, hyper, { units: 32, learningRate: 0.1, optimizer: 'sgd' });
    expect(out.model.hidden).toEqual([32]);
    expect(out.hyper).toMatchObject({ learningRate: 0.1, optimizer: 'sgd' });
    expect(applyTrialParams(model, hyper, { hidden: [16, 8] }).model.hidden).toEqual([16, 8]);
    expect(model.hidden).toEqual([8]);
  });

  it('rejects unknown keys and out-of-range values', () => {
    expect(() => applyTrialParams(model, hyper, { momentum: 0.9 })).toThrow(/unknown/);
    try {
      applyTrialParams(model, hyper, { dropout: 1 });
      expect.unreachable();
    } catch (error) {
      expect((error as LabError).params).toMatchObject({
        field: 'model.dropout',
        reason: 'bad-hyper',
      });
    }
  });
});
