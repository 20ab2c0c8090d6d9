import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimateStorage, persistStorage } from '../../src/storage';

afterEach(() => vi.unstubAllGlobals());

describe('storage estimate', () => {
  it('without navigator.storage, estimate is all null and not persisted, and persist resolves false', async () => {
    vi.stubGlobal('navigator', {});
    expect(await estimateStorage()).toEqual({ usage: null, quota: null, persisted: false });
    expect(await persistStorage()).toBe(false);
  });

  it("estimate reports the browser's usage, quota and persisted flag; persist returns the browser's answer", async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      storage: {
        estimate: async () => ({ usage: 5_242_880, quota: 1_073_741_824 }),
        persisted: async () => true,
        persist,
      },
    });
    expect(await estimateStorage()).toEqual({
      usage: 5_242_880,
      quota: 1_073_741_824,
      persisted: true,
    });
    expect(await persistStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('a worker-like storage manager without persist(), and one whose calls fail, give nulls and false', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 10 }) } });
    expect(await estimateStorage()).toEqual({ usage: 10, quota: null, persisted: false });
    expect(await persistStorage()).toBe(false);

    const fail = async () => Promise.reject(new DOMException('denied', 'SecurityError'));
    vi.stubGlobal('navigator', { storage: { estimate: fail, persisted: fail, persist: fail } });
    expect(await estimateStorage()).toEqual({ usage: null, quota: null, persisted: false });
    expect(await persistStorage()).toBe(false);
  });
});
