import { describe, expect, it, vi } from 'vitest';
import type { RecipeApplyReport, UnlabelledRows, VersionRows } from '../../../src/api/types';
import { LabelSession } from '../../../src/state/label-session.svelte';
import { readLabelKey } from '../../../src/ui/stages/data/label/label-keys';

const found: UnlabelledRows = {
  versionId: 'v1',
  column: 'label',
  exists: true,
  rowCount: 10,
  total: 3,
  rows: [2, 5, 8],
  labels: ['spam', 'ham'],
};

function makeSession() {
  const label = vi.fn(async () => ({ versionId: 'v2' }) as RecipeApplyReport);
  const session = new LabelSession({
    unlabelled: async () => found,
    rows: async (_id, window) =>
      ({
        versionId: 'v1',
        columns: ['text', 'label'],
        offset: window?.offset ?? 0,
        total: 10,
        rows: [[`row ${window?.offset ?? 0}`, null]],
      }) satisfies VersionRows,
    label,
  });
  return { session, label };
}

describe('LabelSession', () => {
  it('picks, skips, goes back and saves only the labels as one call', async () => {
    const { session, label } = makeSession();
    await session.load('v1', 'label');
    expect(session.current?.values).toEqual(['row 2', null]);
    session.pick(1);
    session.skip();
    session.back();
    expect(session.decision).toEqual({ kind: 'skip' });
    session.choose(' promo ');
    expect(session.labels).toEqual(['spam', 'ham', 'promo']);
    expect([session.labelled, session.skipped, session.finished]).toEqual([2, 0, false]);
    session.skip();
    expect(session.finished).toBe(true);
    expect(await session.save()).toBe('v2');
    expect(label).toHaveBeenCalledWith('v1', {
      column: 'label',
      assignments: [
        { row: 2, value: 'ham' },
        { row: 5, value: 'promo' },
      ],
    });
    expect(session.savedCount).toBe(2);
  });

  it('save with nothing labelled calls nothing', async () => {
    const { session, label } = makeSession();
    await session.load('v1', 'label');
    session.skip();
    expect(await session.save()).toBeNull();
    expect(label).not.toHaveBeenCalled();
  });
});

describe('readLabelKey', () => {
  const press = (key: string, tagName = 'DIV', ctrlKey = false) =>
    readLabelKey({ key, ctrlKey, altKey: false, metaKey: false, target: { tagName } as never });

  it('digits pick, S skips, Backspace goes back and Enter saves', () => {
    expect(press('3')).toEqual({ kind: 'pick', index: 2 });
    expect(press('S')).toEqual({ kind: 'skip' });
    expect(press('Backspace')).toEqual({ kind: 'back' });
    expect(press('Enter')).toEqual({ kind: 'save' });
    expect(press('0')).toBeNull();
  });

  it('typing in a field, Enter on a button and Ctrl shortcuts are left alone', () => {
    expect(press('1', 'INPUT')).toBeNull();
    expect(press('Enter', 'BUTTON')).toBeNull();
    expect(press('s', 'DIV', true)).toBeNull();
  });
});
