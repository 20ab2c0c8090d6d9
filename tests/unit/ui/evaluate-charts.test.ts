import { describe, expect, it } from 'vitest';
import {
  computeConfusionCellSize,
  computeConfusionCells,
  computeShareFill,
  isStrongShare,
} from '../../../src/ui/charts/confusion-chart-data';
import {
  computeMetricColor,
  computeMetricShare,
  computeParallelAxes,
  computeParallelDimensions,
  computeParallelLines,
  type ParallelData,
} from '../../../src/ui/charts/parallel-chart-data';

describe('confusion matrix chart data', () => {
  it('computeConfusionCells shades each cell by its share of the truth row', () => {
    const cells = computeConfusionCells(
      ['cat', 'dog'],
      [
        [8, 2],
        [1, 3],
      ],
    );
    expect(cells).toEqual([
      { truth: 0, predicted: 0, truthLabel: 'cat', predictedLabel: 'cat', count: 8, share: 0.8 },
      { truth: 0, predicted: 1, truthLabel: 'cat', predictedLabel: 'dog', count: 2, share: 0.2 },
      { truth: 1, predicted: 0, truthLabel: 'dog', predictedLabel: 'cat', count: 1, share: 0.25 },
      { truth: 1, predicted: 1, truthLabel: 'dog', predictedLabel: 'dog', count: 3, share: 0.75 },
    ]);
  });

  it('computeConfusionCells treats an empty truth row and missing counts as zero share', () => {
    const cells = computeConfusionCells(
      ['a', 'b', 'c'],
      [
        [0, 0, 0],
        [Number.NaN, 4],
      ],
    );
    expect(cells).toHaveLength(9);
    expect(cells.slice(0, 3).map((c) => c.share)).toEqual([0, 0, 0]);
    expect(cells[3]).toMatchObject({ count: 0, share: 0 });
    expect(cells[4]).toMatchObject({ count: 4, share: 1 });
    expect(cells[8]).toMatchObject({ truthLabel: 'c', predictedLabel: 'c', count: 0, share: 0 });
  });

  it('computeConfusionCellSize shrinks cells as the classes grow', () => {
    const sizes = [2, 6, 10, 30].map(computeConfusionCellSize);
    expect(sizes).toEqual([64, 48, 36, 26]);
  });

  it('computeShareFill mixes the accent into the surface by row share, clamped to 0..100%', () => {
    expect(computeShareFill(0.254)).toBe('color-mix(in srgb, var(--accent) 25%, var(--surface))');
    expect(computeShareFill(1.5)).toBe('color-mix(in srgb, var(--accent) 100%, var(--surface))');
    expect(computeShareFill(-1)).toBe('color-mix(in srgb, var(--accent) 0%, var(--surface))');
    expect([isStrongShare(0.8), isStrongShare(0.2)]).toEqual([true, false]);
  });
});

describe('parallel coordinates chart data', () => {
  const data: ParallelData = {
    dimensions: [
      { key: 'learningRate', kind: 'number' },
      { key: 'optimizer', kind: 'category' },
    ],
    metric: 'accuracy',
    rows: [
      { runId: 'r1', values: { learningRate: 0.01, optimizer: 'adam', accuracy: 0.8 } },
      { runId: 'r2', values: { learningRate: 0.1, optimizer: 'sgd', accuracy: 0.9 } },
      { runId: 'r3', values: { learningRate: null, optimizer: 'adam', accuracy: null } },
    ],
  };

  it('computeParallelDimensions puts the metric last, once', () => {
    const withMetric = { ...data, dimensions: [{ key: 'accuracy', kind: 'number' as const }] };
    expect(computeParallelDimensions(data).map((d) => d.key)).toEqual([
      'learningRate',
      'optimizer',
      'accuracy',
    ]);
    expect(computeParallelDimensions(withMetric).map((d) => d.key)).toEqual(['accuracy']);
  });

  it('computeParallelAxes spreads axes evenly with number ranges and categories', () => {
    expect(computeParallelAxes(data, 300)).toEqual([
      { key: 'learningRate', kind: 'number', x: 0, domain: [0.01, 0.1] },
      { key: 'optimizer', kind: 'category', x: 150, categories: ['adam', 'sgd'] },
      { key: 'accuracy', kind: 'number', x: 300, domain: [0.8, 0.9] },
    ]);
  });

  it('computeParallelLines places each run on every axis and leaves gaps for missing values', () => {
    const axes = computeParallelAxes(data, 300);
    const lines = computeParallelLines(data, axes, 100);
    // Point scale over [100, 0] with padding 0.5: step 50, adam at 75, sgd at 25.
    expect(lines[0]).toEqual({
      runId: 'r1',
      metric: 0.8,
      points: [
        { x: 0, y: 100 },
        { x: 150, y: 75 },
        { x: 300, y: 100 },
      ],
    });
    expect(lines[1]?.points.map((p) => p?.y)).toEqual([0, 25, 0]);
    expect(lines[2]).toEqual({
      runId: 'r3',
      metric: null,
      points: [null, { x: 150, y: 75 }, null],
    });
  });

  it('computeParallelLines on one constant metric keeps every run inside the plot', () => {
    const single: ParallelData = {
      dimensions: [],
      metric: 'loss',
      rows: [
        { runId: 'a', values: { loss: 0.5 } },
        { runId: 'b', values: { loss: 0.5 } },
      ],
    };
    const axes = computeParallelAxes(single, 200);
    expect(axes).toEqual([{ key: 'loss', kind: 'number', x: 100, domain: [-0.5, 1.5] }]);
    expect(computeParallelLines(single, axes, 100).map((l) => l.points[0]?.y)).toEqual([50, 50]);
  });

  it('computeMetricShare places a metric between the lowest and highest, 0.5 when all equal', () => {
    expect(computeMetricShare(0.85, [0.8, 0.9])).toBeCloseTo(0.5, 12);
    expect(computeMetricShare(2, [0.8, 0.9])).toBe(1);
    expect(computeMetricShare(0.3, [0.3, 0.3])).toBe(0.5);
    expect(computeMetricColor(0.25)).toBe('color-mix(in oklab, var(--accent) 25%, var(--warning))');
    expect(computeMetricColor(null)).toBe('var(--text-muted)');
  });
});
