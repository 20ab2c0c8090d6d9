import { describe, expect, it } from 'vitest';
import {
  computeExportReminders,
  type ProjectActivity,
} from '../../../src/lifecycle/share/export-reminder';

const projects: ProjectActivity[] = [
  { projectId: 'never', name: 'Never exported', changedAt: 500, exportedAt: null },
  { projectId: 'stale', name: 'Changed since', changedAt: 900, exportedAt: 700 },
  { projectId: 'fresh', name: 'Exported after', changedAt: 600, exportedAt: 800 },
  { projectId: 'same', name: 'Exported at change', changedAt: 400, exportedAt: 400 },
];

describe('export reminder', () => {
  it('lists never-exported and changed-since projects, newest change first, when storage is not persistent', () => {
    expect(computeExportReminders(projects, { persisted: false })).toEqual([
      { projectId: 'stale', name: 'Changed since', changedAt: 900, neverExported: false },
      { projectId: 'never', name: 'Never exported', changedAt: 500, neverExported: true },
    ]);
  });

  it('lists nothing when the browser keeps the storage persistently', () => {
    expect(computeExportReminders(projects, { persisted: true })).toEqual([]);
  });

  it('hides a dismissed project until it changes again', () => {
    const dismissed = { stale: 900, never: 100 };
    expect(
      computeExportReminders(projects, { persisted: false, dismissed }).map((p) => p.projectId),
    ).toEqual(['never']);
    const changed = projects.map((p) => (p.projectId === 'stale' ? { ...p, changedAt: 901 } : p));
    expect(
      computeExportReminders(changed, { persisted: false, dismissed }).map((p) => p.projectId),
    ).toEqual(['stale', 'never']);
  });
});
