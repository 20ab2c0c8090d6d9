import { describe, expect, it } from 'vitest';
import type { AlertRow } from '../../../src/storage/entities/alert-row';
import { computeAlertLog } from '../../../src/ui/stages/monitor/alert-log';
import {
  computeAppendedWindows,
  computeDriftShareSeries,
  computeFeatureNames,
  computeFeatureSeries,
  computeInvalidSeries,
  computeLatencySeries,
  computeOnsetSeries,
  computeOnsetWindow,
  computePerformanceSeries,
  computeSeriesTop,
  computeThresholdSeries,
} from '../../../src/ui/stages/monitor/monitor-series';
import { makeWindow } from './monitor-window-fixture';

const windows = [makeWindow(0), makeWindow(1), makeWindow(2)];

describe('monitor dashboard series', () => {
  it('the drift share is plotted per window index with a flat 0.5 threshold across them', () => {
    const share = computeDriftShareSeries([makeWindow(3), makeWindow(4)], 'share');
    expect(share.points).toEqual([
      { x: 3, y: 0.5 },
      { x: 4, y: 0.5 },
    ]);
    const threshold = computeThresholdSeries([makeWindow(3), makeWindow(4)], 'th');
    expect(threshold).toMatchObject({
      dashed: true,
      points: [
        { x: 3, y: 0.5 },
        { x: 4, y: 0.5 },
      ],
    });
  });

  it('each chosen feature gets its own statistic curve, with gaps where it was not measured', () => {
    const later = makeWindow(3, {
      drift: { columns: [], driftedShare: 0, drifted: false },
    });
    expect(computeFeatureNames(windows)).toEqual(['a', 'b']);
    const [a] = computeFeatureSeries([...windows, later], ['a']);
    expect(a?.label).toBe('a');
    expect(a?.points.map((p) => p.y).slice(0, 3)).toEqual([0, 0.1, 0.2]);
    expect(a?.points[3]?.y).toBeNaN();
  });

  it('performance is a gap until labels arrive; latency and invalid rate follow each window', () => {
    expect(computePerformanceSeries(windows, 'acc').points.map((p) => p.y)).toEqual([
      NaN,
      0.9,
      0.9,
    ]);
    const [p50, p95] = computeLatencySeries(windows, { p50: 'p50', p95: 'p95' });
    expect(p50?.points[1]).toEqual({ x: 1, y: 2 });
    expect(p95?.points[2]).toEqual({ x: 2, y: 5 });
    expect(computeInvalidSeries(windows, 'inv').points.map((p) => p.y)).toEqual([0, 0.01, 0.02]);
  });

  it('the onset event position falls in the window that holds it', () => {
    expect(computeOnsetWindow(500, 100)).toBe(5);
    expect(computeOnsetWindow(499, 100)).toBe(4);
    expect(computeOnsetWindow(0, 100)).toBe(0);
    expect(computeOnsetWindow(null, 100)).toBeNull();
  });

  it('the onset marker is a dashed vertical segment from 0 to the top of the curves', () => {
    const top = computeSeriesTop([computeLatencySeries(windows, { p50: 'a', p95: 'b' })[1]!]);
    expect(top).toBe(5);
    expect(computeOnsetSeries(4, top, 'onset')).toEqual([
      {
        id: 'onset',
        label: 'onset',
        dashed: true,
        points: [
          { x: 4, y: 0 },
          { x: 4, y: 5 },
        ],
      },
    ]);
    expect(computeOnsetSeries(null, 5, 'onset')).toEqual([]);
  });

  it('appending keeps windows in order, replaces a repeated index and keeps only the newest', () => {
    let kept = [makeWindow(0)];
    kept = computeAppendedWindows(kept, makeWindow(2));
    kept = computeAppendedWindows(kept, makeWindow(1));
    kept = computeAppendedWindows(kept, makeWindow(1, { invalidRate: 0.5 }));
    expect(kept.map((w) => w.index)).toEqual([0, 1, 2]);
    expect(kept[1]?.invalidRate).toBe(0.5);
    expect(computeAppendedWindows(kept, makeWindow(3), 2).map((w) => w.index)).toEqual([2, 3]);
  });
});

describe('alert log', () => {
  it('lists raised and cleared alerts once each by window, adding stored rows not seen live', () => {
    const raised = { kind: 'raised' as const, metric: 'driftShare', window: 2, value: 0.6 };
    const cleared = { kind: 'cleared' as const, metric: 'driftShare', window: 5, value: 0.1 };
    const row: AlertRow = {
      id: 'x',
      projectId: 'p',
      sessionId: 's1',
      windowId: 'w1',
      kind: 'latency',
      severity: 'warning',
      message: '',
      params: { metric: 'latencyP95', window: 1, value: 80 },
      createdAt: 0,
    };
    const duplicate = { ...row, params: { metric: 'driftShare', window: 2, value: 0.6 } };
    const log = computeAlertLog(
      [makeWindow(2, { alerts: [raised] }), makeWindow(5, { alerts: [cleared] })],
      [row, duplicate],
    );
    expect(log).toEqual([
      { kind: 'raised', metric: 'latencyP95', window: 1, value: 80 },
      raised,
      cleared,
    ]);
  });
});
