/**
 * Alerts on window metrics with thresholds and hysteresis: an alert is raised after
 * `raiseAfter` consecutive breaching windows and clears only after `clearAfter` consecutive
 * healthy ones, so a metric wavering at its threshold does not flap. State is plain JSON.
 */
import type { AlertEvent, AlertRule, AlertRuleState, AlertState } from './monitor-types';
import { checkPositiveCount, invalidArgument } from './scenario-check';

function checkRule(rule: AlertRule, i: number): AlertRule {
  if (typeof rule.metric !== 'string' || rule.metric === '') {
    throw invalidArgument(`rules.${i}.metric`, 'required', 'an alert rule needs a metric');
  }
  if (rule.op !== '>=' && rule.op !== '<=') {
    throw invalidArgument(
      `rules.${i}.op`,
      'not_allowed',
      `unknown comparison "${String(rule.op)}"`,
    );
  }
  if (!Number.isFinite(rule.value)) {
    throw invalidArgument(`rules.${i}.value`, 'not_finite', 'the threshold must be finite');
  }
  checkPositiveCount(rule.raiseAfter, `rules.${i}.raiseAfter`);
  checkPositiveCount(rule.clearAfter, `rules.${i}.clearAfter`);
  return { ...rule };
}

/** A fresh alert state for `rules`: nothing raised, no streaks. */
export function createAlertState(rules: readonly AlertRule[]): AlertState {
  return {
    rules: rules.map(checkRule),
    entries: rules.map(() => ({
      active: false,
      breachStreak: 0,
      healthyStreak: 0,
      raisedAt: null,
    })),
  };
}

/** Whether a metric value breaches a rule's threshold. */
export function isBreaching(rule: AlertRule, value: number): boolean {
  return rule.op === '>=' ? value >= rule.value : value <= rule.value;
}

/**
 * The alert state after window `windowIndex` with its metric values, and the alerts raised or
 * cleared there. A missing (null or NaN) value leaves a rule's streaks as they were.
 */
export function updateAlerts(
  state: AlertState,
  windowIndex: number,
  values: Readonly<Record<string, number | null>>,
): { state: AlertState; events: AlertEvent[] } {
  const events: AlertEvent[] = [];
  const entries = state.rules.map((rule, i): AlertRuleState => {
    const entry = { ...state.entries[i]! };
    const value = values[rule.metric];
    if (value === null || value === undefined || Number.isNaN(value)) return entry;
    const breach = isBreaching(rule, value);
    if (!entry.active) {
      entry.breachStreak = breach ? entry.breachStreak + 1 : 0;
      if (entry.breachStreak >= rule.raiseAfter) {
        events.push({ kind: 'raised', metric: rule.metric, window: windowIndex, value });
        return { active: true, breachStreak: 0, healthyStreak: 0, raisedAt: windowIndex };
      }
      return entry;
    }
    entry.healthyStreak = breach ? 0 : entry.healthyStreak + 1;
    if (entry.healthyStreak >= rule.clearAfter) {
      events.push({ kind: 'cleared', metric: rule.metric, window: windowIndex, value });
      return { active: false, breachStreak: 0, healthyStreak: 0, raisedAt: null };
    }
    return entry;
  });
  return { state: { rules: state.rules, entries }, events };
}
