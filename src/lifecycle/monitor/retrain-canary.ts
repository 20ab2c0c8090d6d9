/**
 * A canary's evidence: over the windows since the canary began, the labelled events each model
 * version answered and its metric on them (weighted by events, as one long window would be).
 */
import type { CanaryCheck } from './retrain-types';

/** The per-model performance of one window, as the replay records it. */
export interface ModelWindowScore {
  modelVersionId: string;
  value: number;
  labelled: number;
}

/** Champion's and challenger's events and metric over `windows`. */
export function computeCanaryCheck(
  windows: readonly { performance: { byModel?: readonly ModelWindowScore[] } }[],
  championVersionId: string,
  challengerVersionId: string,
): CanaryCheck {
  const sum = { champion: 0, challenger: 0 };
  const events = { champion: 0, challenger: 0 };
  for (const window of windows) {
    for (const score of window.performance.byModel ?? []) {
      const role =
        score.modelVersionId === challengerVersionId
          ? 'challenger'
          : score.modelVersionId === championVersionId
            ? 'champion'
            : null;
      if (!role || score.labelled === 0) continue;
      sum[role] += score.value * score.labelled;
      events[role] += score.labelled;
    }
  }
  return {
    events,
    champion: events.champion > 0 ? sum.champion / events.champion : null,
    challenger: events.challenger > 0 ? sum.challenger / events.challenger : null,
  };
}
