import { describe, expect, it } from 'vitest';
import { LabError } from '../../../src/shared/lab-error';
import {
  computeDefaultForm,
  parseReplayForm,
  parseWeights,
  type ReplayForm,
} from '../../../src/ui/stages/monitor/replay-form';
import { computeSourceColumns } from '../../../src/ui/stages/monitor/source-columns';

const form = (changes: Partial<ReplayForm>): ReplayForm => ({
  ...computeDefaultForm('iris-api', 'v2'),
  ...changes,
});

function refusal(changes: Partial<ReplayForm>): unknown {
  try {
    parseReplayForm(form(changes));
  } catch (error) {
    return error instanceof LabError ? { code: error.code, ...error.params } : error;
  }
  return null;
}

describe('replay form', () => {
  it('a default form asks for a seeded shuffle in windows of 100, as fast as possible, no scenario', () => {
    expect(parseReplayForm(form({}))).toEqual({
      endpoint: 'iris-api',
      source: 'v2',
      order: 'shuffle',
      seed: 1,
      windowSize: 100,
      labelDelay: 0,
      scenario: { kind: 'none' },
      alertRules: [
        { metric: 'dataset_drift_share', op: '>=', value: 0.5, raiseAfter: 1, clearAfter: 2 },
      ],
    });
  });

  it('adds a performance alert by task and the retrain policy the form names', () => {
    const options = parseReplayForm(
      form({ performanceAlert: '0.6', retrainPolicy: 'on-alert' }),
      'classification',
    );
    expect(options.alertRules?.[1]).toEqual({
      metric: 'accuracy',
      op: '<=',
      value: 0.6,
      raiseAfter: 2,
      clearAfter: 2,
    });
    expect(options.retrain).toEqual({ policy: { kind: 'on-alert' } });
    const regression = parseReplayForm(
      form({ performanceAlert: '4', retrainPolicy: 'every', retrainEvery: '300' }),
      'regression',
    );
    expect(regression.alertRules?.[1]).toMatchObject({ metric: 'mae', op: '>=', value: 4 });
    expect(regression.retrain).toEqual({ policy: { kind: 'every', labelled: 300 } });
    expect(refusal({ retrainPolicy: 'every', retrainEvery: '5' })).toMatchObject({
      field: 'retrainEvery',
      reason: 'out_of_range',
    });
  });

  it('a gradual covariate shift turns the onset percentage into a share of the stream', () => {
    const options = parseReplayForm(
      form({
        scenario: 'covariate',
        pattern: 'gradual',
        columns: ['petal_length'],
        shift: '1.5',
        onsetPercent: '40',
        speed: '20',
        order: 'time',
      }),
    );
    expect(options.scenario).toEqual({
      kind: 'covariate',
      pattern: 'gradual',
      columns: ['petal_length'],
      shift: 1.5,
      onset: 0.4,
    });
    expect(options).toMatchObject({ speed: 20, order: 'time' });
  });

  it('a recurring shift carries its half-cycle; other scenarios carry their own fields', () => {
    const recurring = form({
      scenario: 'covariate',
      pattern: 'recurring',
      columns: ['a'],
      period: '50',
    });
    expect(parseReplayForm(recurring).scenario).toMatchObject({ pattern: 'recurring', period: 50 });
    const prior = form({ scenario: 'prior', target: 'species', weights: 'setosa=3, virginica=1' });
    expect(parseReplayForm(prior).scenario).toEqual({
      kind: 'prior',
      target: 'species',
      weights: { setosa: 3, virginica: 1 },
      onset: 0.5,
    });
    const missing = form({ scenario: 'missing', columns: ['a', 'b'], ratePercent: '25' });
    expect(parseReplayForm(missing).scenario).toEqual({
      kind: 'missing',
      columns: ['a', 'b'],
      rate: 0.25,
      onset: 0.5,
    });
    const unseen = form({ scenario: 'unseen-category', column: 'colour', value: 'teal' });
    expect(parseReplayForm(unseen).scenario).toEqual({
      kind: 'unseen-category',
      column: 'colour',
      value: 'teal',
      rate: 0.3,
      onset: 0.5,
    });
    expect(parseReplayForm(form({ scenario: 'concept', target: 'y' })).scenario).toEqual({
      kind: 'concept',
      target: 'y',
      onset: 0.5,
    });
  });

  it('bad inputs are refused with the field and a reason the catalog can word', () => {
    expect(refusal({ windowSize: '0' })).toEqual({
      code: 'INVALID_ARGUMENT',
      field: 'windowSize',
      reason: 'out_of_range',
    });
    expect(refusal({ seed: '1.5' })).toMatchObject({ field: 'seed', reason: 'wrong_type' });
    expect(refusal({ endpoint: ' ' })).toMatchObject({ field: 'endpoint', reason: 'required' });
    expect(refusal({ scenario: 'covariate', columns: [] })).toMatchObject({ field: 'columns' });
    expect(refusal({ scenario: 'missing', columns: ['a'], onsetPercent: '120' })).toMatchObject({
      field: 'onset',
      reason: 'out_of_range',
    });
    expect(refusal({ speed: 'fast' })).toMatchObject({ field: 'speed', reason: 'not_finite' });
    expect(() => parseWeights('setosa')).toThrow(LabError);
  });

  it('scenario fields offer the number features, every feature, category features and the target', () => {
    const columns = computeSourceColumns({
      missingTokens: [],
      columns: [
        { name: 'x', type: 'number', role: 'feature' },
        { name: 'n', type: 'integer', role: 'feature' },
        { name: 'colour', type: 'category', role: 'feature' },
        { name: 'id', type: 'integer', role: 'id' },
        { name: 'y', type: 'category', role: 'target' },
      ],
    });
    expect(columns).toEqual({
      numbers: ['x', 'n'],
      features: ['x', 'n', 'colour'],
      categories: ['colour'],
      target: 'y',
    });
  });
});
