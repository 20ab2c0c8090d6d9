/**
 * Early stopping as a small state machine: it watches one metric per epoch and says stop after
 * `patience` epochs without improvement. Its state is plain JSON, so a resumed run keeps count.
 */
import { computeMetricDirection, isBetter, type MetricDirection } from './metric-direction';
import type { EarlyStopping } from './run-types';

/** The best epoch so far and its metric value. */
export interface BestEpoch {
  epoch: number;
  value: number;
}

/** What early stopping remembers between epochs (and across a resume). */
export interface EarlyStoppingState {
  best: BestEpoch | null;
  /** Epochs since the last improvement. */
  wait: number;
  stopped: boolean;
}

/** An early-stopping tracker for one run. */
export interface EarlyStopper {
  /** Records an epoch's metrics; `stop` once the metric has not improved for `patience` epochs. */
  update(epoch: number, metrics: Readonly<Record<string, number>>): 'continue' | 'stop';
  best(): BestEpoch | null;
  state(): EarlyStoppingState;
  restore(state: EarlyStoppingState): void;
  direction: MetricDirection;
}

/**
 * Early stopping on `spec.metric` (min for losses and errors, max otherwise). A missing or
 * non-finite value counts as no improvement. With no spec it never stops and tracks nothing.
 */
export function createEarlyStopping(spec: EarlyStopping | null): EarlyStopper {
  const direction = computeMetricDirection(spec?.metric ?? 'val_loss');
  let current: EarlyStoppingState = { best: null, wait: 0, stopped: false };
  return {
    direction,
    update(epoch, metrics) {
      if (!spec) return 'continue';
      const value = metrics[spec.metric];
      if (value !== undefined && isBetter(value, current.best?.value ?? null, direction)) {
        current = { best: { epoch, value }, wait: 0, stopped: false };
      } else {
        current = { ...current, wait: current.wait + 1 };
      }
      if (current.wait >= spec.patience) current = { ...current, stopped: true };
      return current.stopped ? 'stop' : 'continue';
    },
    best: () => (current.best ? { ...current.best } : null),
    state: () => ({ ...current, best: current.best ? { ...current.best } : null }),
    restore(state) {
      current = { ...state, best: state.best ? { ...state.best } : null };
    },
  };
}
