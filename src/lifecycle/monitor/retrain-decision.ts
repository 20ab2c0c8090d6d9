/**
 * Whether a challenger goes on: after training (the plan's gate and the comparison with the
 * champion on held-out recent events) and after its canary (its answers against the champion's).
 */
import type {
  CanaryCheck,
  RetrainComparison,
  RetrainReasonCode,
  RetrainSettings,
} from './retrain-types';
import { defaultRetrainSettings } from './retrain-defaults';

/** A decision: go on, or stop with the reason. */
export type RetrainVerdict =
  { promote: true } | { promote: false; reason: { code: RetrainReasonCode; detail: string } };

/** Challenger minus champion, signed so that positive is better. */
export function computeGain(
  comparison: Pick<RetrainComparison, 'better' | 'champion' | 'challenger'>,
): number {
  const { better, champion, challenger } = comparison;
  return better === 'higher' ? challenger - champion : champion - challenger;
}

function format(value: number): string {
  return Number(value.toFixed(4)).toString();
}

/**
 * Promote when the gate does not fail and the challenger beats the champion on the held-out
 * events by more than `minGain`; otherwise the reason (`gate` first).
 */
export function computeRetrainVerdict(
  comparison: RetrainComparison,
  gate: { verdict: 'pass' | 'fail' | 'no-criteria'; failed: readonly string[] },
  settings: Pick<RetrainSettings, 'minGain'>,
): RetrainVerdict {
  if (gate.verdict === 'fail') {
    return {
      promote: false,
      reason: { code: 'gate', detail: `the plan's gate failed: ${gate.failed.join(', ')}` },
    };
  }
  const minGain = settings.minGain ?? defaultRetrainSettings.minGain;
  const gain = computeGain(comparison);
  if (!(gain > minGain)) {
    const { metric, challenger, champion, events } = comparison;
    return {
      promote: false,
      reason: {
        code: 'not-better',
        detail: `${metric} on ${events} held-out events: challenger ${format(challenger)}, champion ${format(champion)} (needs a gain over ${format(minGain)})`,
      },
    };
  }
  return { promote: true };
}

/**
 * After a canary: 'wait' until the challenger answered `canaryEvents` labelled events, then
 * 'promote' unless it is more than `canaryTolerance` behind the champion ('roll-back').
 */
export function computeCanaryVerdict(
  check: CanaryCheck,
  better: RetrainComparison['better'],
  settings: Pick<RetrainSettings, 'canaryEvents' | 'canaryTolerance'>,
): 'wait' | 'promote' | 'roll-back' {
  const needed = settings.canaryEvents ?? defaultRetrainSettings.canaryEvents;
  const tolerance = settings.canaryTolerance ?? defaultRetrainSettings.canaryTolerance;
  if (check.events.challenger < needed || check.challenger === null) return 'wait';
  if (check.champion === null) return 'promote';
  const gain = computeGain({ better, champion: check.champion, challenger: check.challenger });
  return gain < -tolerance ? 'roll-back' : 'promote';
}
