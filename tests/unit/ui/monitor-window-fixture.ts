import type { MonitorWindow } from '../../../src/api/monitor-types';

/** A window of a replay with the given statistics (two features, a and b). */
export function makeWindow(index: number, overrides: Partial<MonitorWindow> = {}): MonitorWindow {
  return {
    sessionId: 's1',
    index,
    start: index * 100,
    end: index * 100 + 100,
    drift: {
      columns: [
        {
          column: 'a',
          test: 'ks',
          statistic: 0.1 * index,
          pValue: 0.5,
          threshold: 0.05,
          drifted: false,
        },
        { column: 'b', test: 'psi', statistic: 0.2, pValue: null, threshold: 0.1, drifted: true },
      ],
      driftedShare: 0.5,
      drifted: true,
    },
    predictionDrift: null,
    performance: {
      metric: 'accuracy',
      value: index === 0 ? null : 0.9,
      labelled: index * 10,
      byModel: [],
    },
    latency: { p50: 2, p95: 5 },
    invalidRate: 0.01 * index,
    alerts: [],
    ...overrides,
  };
}
