import { describe, expect, it } from 'vitest';
import { computeCanaryCheck } from '../../../src/lifecycle/monitor/retrain-canary';
import {
  computeCanaryVerdict,
  computeRetrainVerdict,
} from '../../../src/lifecycle/monitor/retrain-decision';

const pass = { verdict: 'pass' as const, failed: [] };

describe('whether a challenger is promoted after training', () => {
  it('promotes a challenger that beats the champion on the held-out events', () => {
    const comparison = {
      metric: 'accuracy',
      better: 'higher' as const,
      champion: 0.44,
      challenger: 0.71,
      events: 75,
    };
    expect(computeRetrainVerdict(comparison, pass, {})).toEqual({ promote: true });
  });

  it('rejects a challenger that is not better, with both numbers in the reason', () => {
    const comparison = {
      metric: 'accuracy',
      better: 'higher' as const,
      champion: 0.8,
      challenger: 0.8,
      events: 75,
    };
    const verdict = computeRetrainVerdict(comparison, pass, {});
    expect(verdict).toEqual({
      promote: false,
      reason: {
        code: 'not-better',
        detail:
          'accuracy on 75 held-out events: challenger 0.8, champion 0.8 (needs a gain over 0)',
      },
    });
    const gain = { ...comparison, challenger: 0.82 };
    expect(computeRetrainVerdict(gain, pass, { minGain: 0.05 }).promote).toBe(false);
  });

  it('reads lower as better for MAE', () => {
    const comparison = {
      metric: 'mae',
      better: 'lower' as const,
      champion: 3.1,
      challenger: 2.4,
      events: 40,
    };
    expect(computeRetrainVerdict(comparison, pass, {}).promote).toBe(true);
    expect(computeRetrainVerdict({ ...comparison, challenger: 3.5 }, pass, {}).promote).toBe(false);
  });

  it('rejects on a failed gate first, naming the failed criteria', () => {
    const comparison = {
      metric: 'accuracy',
      better: 'higher' as const,
      champion: 0.4,
      challenger: 0.9,
      events: 75,
    };
    const gate = { verdict: 'fail' as const, failed: ['accuracy >= 0.95 (measured 0.9)'] };
    expect(computeRetrainVerdict(comparison, gate, {})).toEqual({
      promote: false,
      reason: { code: 'gate', detail: "the plan's gate failed: accuracy >= 0.95 (measured 0.9)" },
    });
  });
});

describe('how a canary ends', () => {
  const windows = [
    {
      performance: {
        byModel: [
          { modelVersionId: 'old', value: 0.5, labelled: 10 },
          { modelVersionId: 'new', value: 0.8, labelled: 10 },
        ],
      },
    },
    {
      performance: {
        byModel: [
          { modelVersionId: 'old', value: 0.4, labelled: 30 },
          { modelVersionId: 'new', value: 0.7, labelled: 30 },
          { modelVersionId: 'other', value: 0, labelled: 5 },
        ],
      },
    },
  ];

  it('weighs each window by its labelled events, per model version', () => {
    const check = computeCanaryCheck(windows, 'old', 'new');
    expect(check.events).toEqual({ champion: 40, challenger: 40 });
    expect(check.champion).toBeCloseTo((0.5 * 10 + 0.4 * 30) / 40, 12);
    expect(check.challenger).toBeCloseTo((0.8 * 10 + 0.7 * 30) / 40, 12);
  });

  it('waits for enough challenger answers, then promotes or rolls back', () => {
    const check = computeCanaryCheck(windows, 'old', 'new');
    expect(computeCanaryVerdict(check, 'higher', { canaryEvents: 50 })).toBe('wait');
    expect(computeCanaryVerdict(check, 'higher', { canaryEvents: 30 })).toBe('promote');
    const worse = computeCanaryCheck(windows, 'new', 'old');
    expect(computeCanaryVerdict(worse, 'higher', { canaryEvents: 30 })).toBe('roll-back');
    expect(computeCanaryVerdict(worse, 'higher', { canaryEvents: 30, canaryTolerance: 0.5 })).toBe(
      'promote',
    );
  });
});
