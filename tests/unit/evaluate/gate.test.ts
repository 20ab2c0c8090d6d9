import { describe, expect, it } from 'vitest';
import { computeGateVerdict, type LatencyReport } from '../../../src/lifecycle/evaluate';

const latency: LatencyReport = {
  backend: 'wasm',
  modelBytes: 1000,
  parameters: 250,
  rows: [
    { batchSize: 1, p50: 2, p95: 4, p99: 9, throughput: 500, repeats: 50 },
    { batchSize: 32, p50: 10, p95: 30, p99: 40, throughput: 3200, repeats: 20 },
  ],
};

describe('computeGateVerdict', () => {
  it('passes when every criterion and the p95 at batch size 1 are within the plan', () => {
    const verdict = computeGateVerdict(
      [
        { metric: 'accuracy', op: '>=', value: 0.9 },
        { metric: 'log_loss', op: '<=', value: 0.3 },
      ],
      5,
      { accuracy: 0.9, log_loss: 0.25 },
      latency,
    );
    expect(verdict.verdict).toBe('pass');
    expect(verdict.checks.map((c) => c.pass)).toEqual([true, true]);
    expect(verdict.latency).toEqual({ budgetMs: 5, measuredP95: 4, pass: true });
  });

  it('fails when one criterion misses', () => {
    const verdict = computeGateVerdict(
      [{ metric: 'accuracy', op: '>=', value: 0.95 }],
      null,
      { accuracy: 0.94 },
      null,
    );
    expect(verdict).toEqual({
      checks: [{ metric: 'accuracy', op: '>=', value: 0.95, measured: 0.94, pass: false }],
      latency: null,
      verdict: 'fail',
    });
  });

  it('fails a criterion whose metric was not measured or is undefined', () => {
    const verdict = computeGateVerdict(
      [
        { metric: 'roc_auc', op: '>=', value: 0.5 },
        { metric: 'r2', op: '>=', value: 0.5 },
      ],
      null,
      { roc_auc: null },
      null,
    );
    expect(verdict.checks.map((c) => [c.measured, c.pass])).toEqual([
      [null, false],
      [null, false],
    ]);
    expect(verdict.verdict).toBe('fail');
  });

  it('fails the latency budget when p95 is above it (batch 32 is not what counts)', () => {
    const verdict = computeGateVerdict([], 3.5, {}, latency);
    expect(verdict.latency).toEqual({ budgetMs: 3.5, measuredP95: 4, pass: false });
    expect(verdict.verdict).toBe('fail');
  });

  it('fails the latency budget when latency was not measured', () => {
    const verdict = computeGateVerdict([], 10, {}, null);
    expect(verdict.latency?.pass).toBe(false);
    expect(verdict.latency?.measuredP95).toBeNaN();
    expect(verdict.verdict).toBe('fail');
  });

  it('says no-criteria when the plan states neither criteria nor a budget', () => {
    expect(computeGateVerdict([], null, { accuracy: 1 }, latency)).toEqual({
      checks: [],
      latency: null,
      verdict: 'no-criteria',
    });
  });
});
