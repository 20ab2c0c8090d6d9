import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../../src/state/notices.svelte';
import { StorageHealthState } from '../../../src/state/storage-health.svelte';
import { LabError } from '../../../src/shared/lab-error';

afterEach(() => {
  vi.useRealTimers();
});

describe('Notices', () => {
  it('push() shows a LabError with its (already localised) message', () => {
    const notices = new Notices();
    notices.push(new LabError('WORKER_CRASHED', 'The train worker stopped.'));
    expect(notices.items).toMatchObject([
      { kind: 'error', code: 'WORKER_CRASHED', message: 'The train worker stopped.', count: 1 },
    ]);
  });

  it('push() turns any thrown value into an INTERNAL error', () => {
    const notices = new Notices();
    notices.push(new TypeError('boom'));
    expect(notices.items[0]).toMatchObject({ kind: 'error', code: 'INTERNAL' });
  });

  it('a repeated error bumps a count instead of stacking', () => {
    const notices = new Notices();
    notices.push(new LabError('WORKER_CRASHED', 'same'));
    notices.push(new LabError('WORKER_CRASHED', 'same'));
    expect(notices.items).toHaveLength(1);
    expect(notices.items[0]?.count).toBe(2);
  });

  it('dismiss() removes one notice', () => {
    const notices = new Notices();
    notices.push(new LabError('INTERNAL', 'a'));
    notices.push(new LabError('INTERNAL', 'b'));
    notices.dismiss(notices.items[0]!.id);
    expect(notices.items.map((n) => n.kind === 'error' && n.message)).toEqual(['b']);
  });

  it('keeps at most `max` notices, dropping the oldest', () => {
    const notices = new Notices({ max: 2 });
    for (const message of ['a', 'b', 'c']) notices.push(new LabError('INTERNAL', message));
    expect(notices.items.map((n) => n.kind === 'error' && n.message)).toEqual(['b', 'c']);
  });

  it('information disappears after its timeout; errors stay', () => {
    vi.useFakeTimers();
    const notices = new Notices({ infoTimeoutMs: 1000 });
    notices.info('home.create.created', { name: 'P' });
    notices.push(new LabError('INTERNAL', 'stays'));
    expect(notices.items).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(notices.items.map((n) => n.kind)).toEqual(['error']);
  });
});

describe('StorageHealthState', () => {
  it('set() takes what the storage layer reports', () => {
    const health = new StorageHealthState();
    health.set('read-only');
    expect(health.current).toBe('read-only');
  });

  it('READ_ONLY and STORAGE_LOST errors escalate health, never lower it', () => {
    const health = new StorageHealthState();
    health.noteError(new LabError('INTERNAL', 'x'));
    expect(health.current).toBe('ok');
    health.noteError(new LabError('STORAGE_LOST', 'x'));
    expect(health.current).toBe('lost');
    health.noteError(new LabError('READ_ONLY', 'x'));
    expect(health.current).toBe('lost');
  });
});
