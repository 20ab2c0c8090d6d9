import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { LabError } from '../../../src/shared/lab-error';
import { computeCompareCharts, formatDifference } from '../../../src/ui/stages/train/compare-view';
import { computeCurvePairs } from '../../../src/ui/stages/train/live-curves';
import { parseNumberField } from '../../../src/ui/stages/train/parse-train-form';
import {
  describeNote,
  describeTrainError,
  formatDuration,
} from '../../../src/ui/stages/train/train-labels';
import { makeRun } from './train-run-fixture';

const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const ko = (key: MessageKey, params?: MessageParams) => translate('ko', key, params);

function thrown(call: () => unknown): LabError {
  try {
    call();
  } catch (error) {
    return error as LabError;
  }
  throw new Error('expected a throw');
}

describe('train-labels', () => {
  it('a refused learning rate reads with the field label and the reason, in both languages', () => {
    const error = thrown(() => parseNumberField('0', 'learningRate', { positive: true }));
    expect(describeTrainError(en, error)).toBe('Learning rate: it must be greater than zero.');
    expect(describeTrainError(ko, error)).toMatch(/^학습률: /);
  });

  it('an out-of-range dropout names the typed value', () => {
    const error = thrown(() => parseNumberField('1.5', 'dropout', { max: 1 }));
    expect(describeTrainError(en, error)).toBe(
      'Dropout: the value is outside the allowed range (1.5).',
    );
  });

  it('an error from the facade keeps its already localised message', () => {
    const error = new LabError('SCHEMA_MISMATCH', 'The target has one class.');
    expect(describeTrainError(en, error)).toBe('The target has one class.');
  });

  it('a skipped text column is explained with its name', () => {
    const text = describeNote(en, { code: 'text-column-skipped', column: 'review' });
    expect(text).toContain('“review”');
  });

  it('durations read as hours, minutes or seconds', () => {
    expect(formatDuration(3_725_000, en)).toBe('1 h 2 min');
    expect(formatDuration(125_400, en)).toBe('2 min 5 s');
    expect(formatDuration(4_400, en)).toBe('4 s');
    expect(formatDuration(125_000, ko)).toBe('2분 5초');
  });
});

describe('live-curves and compare-view', () => {
  it('loss pairs with val_loss (dashed) and accuracy with val_accuracy', () => {
    const pairs = computeCurvePairs([
      { metric: 'val_accuracy', points: [{ x: 1, y: 0.8 }] },
      { metric: 'loss', points: [{ x: 1, y: 0.5 }] },
      { metric: 'val_loss', points: [{ x: 1, y: 0.6 }] },
    ]);
    expect(pairs.map((pair) => [pair.metric, pair.series.map((s) => [s.id, s.dashed])])).toEqual([
      [
        'loss',
        [
          ['loss', false],
          ['val_loss', true],
        ],
      ],
      ['accuracy', [['val_accuracy', true]]],
    ]);
  });

  it('compared curves become one chart per metric, series named by run', () => {
    const charts = computeCompareCharts(
      {
        runIds: ['a', 'zzzzzzzzzz'],
        differences: [],
        curves: [
          {
            metric: 'loss',
            series: [
              { runId: 'a', points: [{ epoch: 1, value: 0.4 }] },
              { runId: 'zzzzzzzzzz', points: [] },
            ],
          },
        ],
        parallel: { dimensions: [], metric: 'val_loss', rows: [] },
      },
      [makeRun('a', { name: 'Baseline' })],
    );
    expect(charts[0]?.series.map((s) => s.label)).toEqual(['Baseline', 'zzzzzzzz']);
    expect(charts[0]?.series[0]?.points).toEqual([{ x: 1, y: 0.4 }]);
    expect(formatDifference(null)).toBe('—');
    expect(formatDifference(0.01)).toBe('0.01');
  });
});
