import { describe, expect, it, vi } from 'vitest';
import type { RunHandle, RunInfo, RunProgress, TrainStartOptions } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import {
  computeAppendedPoints,
  maxCurvePoints,
  TrainLive,
} from '../../../src/state/train-live.svelte';
import { makeRun } from '../ui/train-run-fixture';

function fakeTrain() {
  let progress: ((p: RunProgress) => void) | undefined;
  let finish: (run: RunInfo) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const handle: RunHandle = {
    id: 'r1',
    done: new Promise<RunInfo>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    }),
    cancel: vi.fn(async () => fail(new LabError('CANCELLED', 'Cancelled.'))),
    pause: vi.fn(async () => progress?.({ kind: 'paused', runId: 'r1' })),
    resume: vi.fn(async () => progress?.({ kind: 'resumed', runId: 'r1' })),
  };
  const start = vi.fn(async (options: TrainStartOptions) => {
    progress = options.onProgress;
    return handle;
  });
  const resume = vi.fn(async (_id: string, options?: { onProgress?: (p: RunProgress) => void }) => {
    progress = options?.onProgress;
    return handle;
  });
  const train = { start, search: vi.fn(), resume };
  return {
    train,
    handle,
    send: (p: RunProgress) => progress?.(p),
    finish: (r: RunInfo) => finish(r),
  };
}

const epoch = (n: number, loss: number, runId = 'r1'): RunProgress => ({
  kind: 'epoch',
  runId,
  record: { epoch: n, metrics: { loss, val_loss: loss + 0.1 }, ms: 50, samplesPerSecond: 800 },
  epochs: 20,
  etaMs: (20 - n) * 50,
});

describe('TrainLive', () => {
  it('each epoch moves the counter, the speed, the time left and both loss curves', async () => {
    const fake = fakeTrain();
    const live = new TrainLive(fake.train as never);
    await live.start({ projectId: 'p', versionId: 'v' });
    fake.send(epoch(1, 0.9));
    fake.send(epoch(2, 0.5));
    expect(live.status).toBe('running');
    expect([live.epoch, live.epochs, live.samplesPerSecond, live.etaMs]).toEqual([2, 20, 800, 900]);
    const valLoss = live.curves.find((curve) => curve.metric === 'val_loss');
    expect(valLoss?.points).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 0.6 },
    ]);
  });

  it('pause and resume go through the run handle and show in the status', async () => {
    const fake = fakeTrain();
    const live = new TrainLive(fake.train as never);
    await live.start({ projectId: 'p', versionId: 'v' });
    await live.pause();
    expect(fake.handle.pause).toHaveBeenCalledOnce();
    expect(live.status).toBe('paused');
    await live.unpause();
    expect(live.status).toBe('running');
  });

  it('a cancel ends the run as cancelled without an error', async () => {
    const fake = fakeTrain();
    const live = new TrainLive(fake.train as never);
    await live.start({ projectId: 'p', versionId: 'v' });
    await live.cancel();
    await Promise.resolve();
    expect(live.status).toBe('cancelled');
    expect(live.error).toBeNull();
  });

  it('the finished run becomes the result with its stored status', async () => {
    const fake = fakeTrain();
    const live = new TrainLive(fake.train as never);
    await live.start({ projectId: 'p', versionId: 'v' });
    fake.finish(makeRun('r1', {}));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(live.status).toBe('done');
    expect(live.result?.id).toBe('r1');
  });

  it('a refused start rejects with the facade error and leaves nothing running', async () => {
    const train = {
      start: vi.fn(async () => {
        throw new LabError('INVALID_ARGUMENT', 'Check “target”: it is required.');
      }),
      search: vi.fn(),
      resume: vi.fn(),
    };
    const live = new TrainLive(train as never);
    await expect(live.start({ projectId: 'p', versionId: 'v' })).rejects.toThrow('target');
    expect(live.status).toBe('idle');
    expect(live.active).toBe(false);
  });

  it('resuming passes the chosen backend to lab.train.resume', async () => {
    const fake = fakeTrain();
    const live = new TrainLive(fake.train as never);
    await live.resume('r1', 'wasm-2');
    expect(fake.train.resume.mock.calls[0]?.[1]).toMatchObject({ backend: 'wasm-2' });
    expect(live.runId).toBe('r1');
  });

  it('a search trial switching restarts the curves and counts finished trials', async () => {
    const fake = fakeTrain();
    const live = new TrainLive(fake.train as never);
    await live.start({ projectId: 'p', versionId: 'v' });
    fake.send(epoch(1, 0.9, 'trial-a'));
    fake.send({ kind: 'finished', runId: 'trial-a', status: 'done' });
    fake.send(epoch(1, 0.7, 'trial-b'));
    expect(live.trialsFinished).toBe(1);
    expect(live.curveRunId).toBe('trial-b');
    expect(live.curves.find((c) => c.metric === 'loss')?.points).toEqual([{ x: 1, y: 0.7 }]);
  });
});

describe('computeAppendedPoints', () => {
  it('a curve never holds more than the cap and keeps its first and newest points', () => {
    let points: { x: number; y: number }[] = [];
    for (let x = 1; x <= 1000; x++) points = computeAppendedPoints(points, { x, y: 1 / x });
    expect(points.length).toBeLessThanOrEqual(maxCurvePoints);
    expect(points.at(-1)).toEqual({ x: 1000, y: 1 / 1000 });
    expect(points[0]?.x).toBeLessThanOrEqual(2);
    expect(points.every((p, i) => i === 0 || p.x > (points[i - 1]?.x ?? 0))).toBe(true);
  });
});
