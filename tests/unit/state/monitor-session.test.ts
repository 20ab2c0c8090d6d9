import { describe, expect, it, vi } from 'vitest';
import type {
  MonitorReplayOptions,
  MonitorSession,
  MonitorWindow,
} from '../../../src/api/monitor-types';
import type { DatasetVersionInfo, EndpointInfo } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { MonitorState } from '../../../src/state/monitor-session.svelte';
import { makeWindow } from '../ui/monitor-window-fixture';

const endpoint = { endpoint: 'iris-api', projectId: 'p1' } as EndpointInfo;
const version = (id: string, rows: number) =>
  ({
    id,
    rows,
    createdAt: rows,
    schema: { columns: [], missingTokens: [] },
  }) as unknown as DatasetVersionInfo;

const session = (id: string, onset: number | null): MonitorSession => ({
  id,
  projectId: 'p1',
  endpoint: 'iris-api',
  source: 'v2',
  options: { endpoint: 'iris-api', source: 'v2', windowSize: 50 },
  status: 'done',
  onset,
  events: 1000,
  windows: 20,
  createdAt: 1,
  finishedAt: 2,
});

function makeLab() {
  let finish: (value: MonitorSession) => void = () => undefined;
  const received: MonitorReplayOptions[] = [];
  const handle = {
    id: 's-live',
    done: new Promise<MonitorSession>((resolve) => (finish = resolve)),
    pause: vi.fn(async () => undefined),
    resume: vi.fn(async () => undefined),
    cancel: vi.fn(async () => undefined),
  };
  const lab = {
    deploy: { endpoints: vi.fn(async () => [endpoint]) },
    data: { versions: vi.fn(async () => [version('v1', 500), version('v2', 1000)]) },
    monitor: {
      replay: vi.fn(async (options: MonitorReplayOptions) => {
        received.push(options);
        return handle;
      }),
      sessions: vi.fn(async () => [session('old', 300)]),
      windows: vi.fn(async (): Promise<MonitorWindow[]> => [makeWindow(1), makeWindow(0)]),
      alerts: vi.fn(async () => []),
    },
  };
  return { lab, handle, received, finish: (s: MonitorSession) => finish(s) };
}

describe('MonitorState', () => {
  it('defaults the form to the first endpoint and the newest source version', async () => {
    const monitor = new MonitorState(makeLab().lab);
    await monitor.load('p1');
    expect(monitor.status).toBe('ready');
    expect(monitor.form.endpoint).toBe('iris-api');
    expect(monitor.form.source).toBe('v2');
  });

  it('a started replay shows each window as it arrives and marks the onset window', async () => {
    const { lab, handle, received, finish } = makeLab();
    const monitor = new MonitorState(lab);
    await monitor.load('p1');
    monitor.form.scenario = 'covariate';
    monitor.form.columns = ['a'];
    monitor.form.onsetPercent = '25';
    expect(await monitor.start()).toBe(true);
    expect(monitor.replay).toBe('running');
    expect(received[0]?.scenario).toMatchObject({ kind: 'covariate', onset: 0.25 });
    // 25 % of the 1,000 rows of v2 is event 250: window 2 of 100 events.
    expect(monitor.onsetWindow).toBe(2);
    received[0]?.onWindow?.(makeWindow(0));
    received[0]?.onWindow?.(makeWindow(1));
    expect(monitor.windows.map((w) => w.index)).toEqual([0, 1]);
    expect(monitor.features).toEqual(['a', 'b']);
    expect(monitor.shownWindow?.index).toBe(1);
    await monitor.pause();
    expect(handle.pause).toHaveBeenCalled();
    expect(monitor.replay).toBe('paused');
    await monitor.resume();
    expect(monitor.replay).toBe('running');
    finish({ ...session('s-live', 300), options: { endpoint: 'iris-api', source: 'v2' } });
    await vi.waitFor(() => expect(monitor.replay).toBe('idle'));
    expect(monitor.onsetWindow).toBe(3);
    expect(lab.monitor.alerts).toHaveBeenCalledWith('s-live');
    expect(monitor.windows).toHaveLength(2);
  });

  it('a form error keeps the field and reason and does not call the facade', async () => {
    const { lab } = makeLab();
    const monitor = new MonitorState(lab);
    await monitor.load('p1');
    monitor.form.windowSize = '-5';
    expect(await monitor.start()).toBe(false);
    expect(monitor.error?.params).toEqual({ field: 'windowSize', reason: 'out_of_range' });
    expect(lab.monitor.replay).not.toHaveBeenCalled();
    expect(monitor.replay).toBe('idle');
  });

  it('a refused replay keeps its localised message', async () => {
    const { lab } = makeLab();
    lab.monitor.replay.mockRejectedValueOnce(new LabError('NOT_FOUND', 'No endpoint iris-api'));
    const monitor = new MonitorState(lab);
    await monitor.load('p1');
    expect(await monitor.start()).toBe(false);
    expect(monitor.error?.message).toBe('No endpoint iris-api');
  });

  it('a past session opens with its windows in order and its onset window', async () => {
    const { lab } = makeLab();
    const monitor = new MonitorState(lab);
    await monitor.load('p1');
    await monitor.openSession('old');
    expect(lab.monitor.windows).toHaveBeenCalledWith('old');
    expect(monitor.sessionId).toBe('old');
    expect(monitor.windows.map((w) => w.index)).toEqual([0, 1]);
    // Onset at event 300 with windows of 50 events.
    expect(monitor.onsetWindow).toBe(6);
    monitor.selectWindow(0);
    expect(monitor.shownWindow?.index).toBe(0);
    monitor.toggleFeature('a');
    expect(monitor.features).toEqual(['b']);
  });
});
