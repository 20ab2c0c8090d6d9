import { describe, expect, it, vi } from 'vitest';
import type { ProjectActivity, StorageEstimate } from '../../../src/api/types';
import { ExportReminderState } from '../../../src/state/export-reminder.svelte';
import {
  computeRemovalNotice,
  isStorageChange,
  StorageUsage,
} from '../../../src/state/storage-usage.svelte';
import { translate } from '../../../src/i18n';
import { formatBytes } from '../../../src/ui/format';

function storage(activity: ProjectActivity[], persisted: boolean) {
  const estimate: StorageEstimate = { usage: 10, quota: 100, persisted };
  return { estimate: async () => estimate, activity: async () => activity };
}

const activity: ProjectActivity[] = [
  { projectId: 'p1', name: 'Churn', changedAt: 200, exportedAt: 100 },
  { projectId: 'p2', name: 'Prices', changedAt: 150, exportedAt: 300 },
];

describe('ExportReminderState', () => {
  it('lists projects changed since their export only while storage is not persistent', async () => {
    const reminder = new ExportReminderState(storage(activity, false));
    await reminder.load();
    expect(reminder.items.map((item) => item.projectId)).toEqual(['p1']);
    const persistent = new ExportReminderState(storage(activity, true));
    await persistent.load();
    expect(persistent.items).toEqual([]);
  });

  it('dismiss hides a project until a later load shows a newer change', async () => {
    const rows = [...activity];
    const reminder = new ExportReminderState(storage(rows, false));
    await reminder.load();
    reminder.dismiss('p1');
    expect(reminder.items).toEqual([]);
    rows[0] = { ...activity[0]!, changedAt: 250 };
    await reminder.load();
    expect(reminder.items.map((item) => item.projectId)).toEqual(['p1']);
  });

  it('reads again once after a burst of writes to dated tables, and not for log writes', async () => {
    vi.useFakeTimers();
    try {
      const reads = vi.fn(async () => activity);
      const reminder = new ExportReminderState({ ...storage(activity, false), activity: reads });
      reminder.changed(new Set(['predictionLog']), 100);
      reminder.changed(new Set(['runs']), 100);
      reminder.changed(new Set(['runs', 'checkpoints']), 100);
      await vi.advanceTimersByTimeAsync(150);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('StorageUsage per project', () => {
  it('counts again after writes that change storage, not after unrelated ones', async () => {
    expect(isStorageChange(new Set(['columnChunks', 'versionRefs']))).toBe(true);
    expect(isStorageChange(new Set(['settings']))).toBe(false);
    let total = 100;
    const usage = new StorageUsage({
      estimate: async () => ({ usage: 10, quota: 100, persisted: false }),
      persist: async () => false,
      usage: async () => ({ projects: [], unattributed: { bytes: 0, rows: 0 }, total }),
    });
    await usage.load();
    expect(usage.report?.total).toBe(100);
    total = 40;
    await usage.recount();
    expect(usage.report?.total).toBe(40);
  });
});

describe('computeRemovalNotice', () => {
  it('says what was freed and why a shared version was kept, in the chosen language', () => {
    const result = {
      freedBytes: 2048,
      kept: [{ what: 'dataset version vA', why: 'shared' as const, projects: 2 }],
    };
    const bytes = (n: number) => formatBytes(n, 'en');
    expect(
      computeRemovalNotice(result, (key, params) => translate('en', key, params), bytes),
    ).toEqual([
      `Deleted. ${bytes(2048)} freed.`,
      'dataset version vA is kept: 2 other project(s) still use it.',
    ]);
    expect(
      computeRemovalNotice(result, (key, params) => translate('ko', key, params), bytes)[1],
    ).toBe('dataset version vA은(는) 남겨 두었습니다: 다른 프로젝트 2개가 아직 사용합니다.');
  });
});
