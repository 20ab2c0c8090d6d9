import { describe, expect, it } from 'vitest';
import { computeMetricDirection, createEarlyStopping } from '../../../src/lifecycle/train';

describe('createEarlyStopping', () => {
  it('stops after patience epochs without a lower val_loss and keeps the best epoch', () => {
    const stopper = createEarlyStopping({ metric: 'val_loss', patience: 3 });
    const losses = [1, 0.8, 0.9, 0.85, 0.95];
    const said = losses.map((v, epoch) => stopper.update(epoch, { val_loss: v }));
    expect(said).toEqual(['continue', 'continue', 'continue', 'continue', 'stop']);
    expect(stopper.best()).toEqual({ epoch: 1, value: 0.8 });
  });

  it('watches val_accuracy upwards', () => {
    const stopper = createEarlyStopping({ metric: 'val_accuracy', patience: 1 });
    expect(stopper.update(0, { val_accuracy: 0.5 })).toBe('continue');
    expect(stopper.update(1, { val_accuracy: 0.7 })).toBe('continue');
    expect(stopper.update(2, { val_accuracy: 0.6 })).toBe('stop');
    expect(stopper.best()).toEqual({ epoch: 1, value: 0.7 });
  });

  it('a resumed run continues the count from its JSON state', () => {
    const first = createEarlyStopping({ metric: 'val_loss', patience: 3 });
    first.update(0, { val_loss: 1 });
    first.update(1, { val_loss: 2 });
    first.update(2, { val_loss: 2 });
    const saved = JSON.parse(JSON.stringify(first.state()));
    const resumed = createEarlyStopping({ metric: 'val_loss', patience: 3 });
    resumed.restore(saved);
    expect(resumed.update(3, { val_loss: 1.5 })).toBe('stop');
    expect(resumed.best()).toEqual({ epoch: 0, value: 1 });
  });

  it('a missing metric counts as no improvement; no spec never stops', () => {
    const stopper = createEarlyStopping({ metric: 'val_loss', patience: 1 });
    stopper.update(0, { val_loss: 1 });
    expect(stopper.update(1, { loss: 0.1 })).toBe('stop');
    const none = createEarlyStopping(null);
    expect(Array.from({ length: 50 }, (_, e) => none.update(e, { val_loss: e }))).not.toContain(
      'stop',
    );
    expect(none.best()).toBeNull();
  });

  it('losses and errors are minimised, other metrics maximised', () => {
    expect(['val_loss', 'mae', 'val_rmse'].map(computeMetricDirection)).toEqual([
      'min',
      'min',
      'min',
    ]);
    expect(['accuracy', 'val_f1_macro', 'r2'].map(computeMetricDirection)).toEqual([
      'max',
      'max',
      'max',
    ]);
  });
});
