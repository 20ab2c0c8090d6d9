import { describe, expect, it } from 'vitest';
import { Router, type RouterWindow } from '../../../src/state/router.svelte';

function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const win: RouterWindow & { location: { hash: string }; fire(): void; count(): number } = {
    location: { hash },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    fire: () => listeners.forEach((listener) => listener()),
    count: () => listeners.size,
  };
  return win;
}

describe('Router', () => {
  it('starts on the page the hash names (a deep link or a reload)', () => {
    const router = new Router(fakeWindow('#/projects/p1/train'));
    expect(router.route).toEqual({ kind: 'stage', projectId: 'p1', stage: 'train' });
  });

  it('follows hash changes until stopped', () => {
    const win = fakeWindow('#/');
    const router = new Router(win);
    const stop = router.start();
    win.location.hash = '#/settings';
    win.fire();
    expect(router.route).toEqual({ kind: 'settings' });
    stop();
    expect(win.count()).toBe(0);
  });

  it('navigate() writes the hash', () => {
    const win = fakeWindow('');
    const router = new Router(win);
    router.navigate({ kind: 'stage', projectId: 'a b', stage: 'plan' });
    expect(win.location.hash).toBe('#/projects/a%20b/plan');
  });

  it('navigate() to the current hash still updates the route', () => {
    const win = fakeWindow('#/settings');
    const router = new Router(win);
    router.route = { kind: 'home' };
    router.navigate({ kind: 'settings' });
    expect(router.route).toEqual({ kind: 'settings' });
  });
});
