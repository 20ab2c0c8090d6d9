import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';

const lab = useLab();

describe('the browser runs out of storage', () => {
  it('a write over the quota rejects with QUOTA_EXCEEDED, a clear message, and nothing saved', async () => {
    // Chromium applies a quota override only to databases opened after it: set it first, with
    // room for the lab's own small rows but not for a 4 MiB field.
    const tab = await lab.openPersistentTab('', (tab) =>
      tab.cdp
        .send('Storage.overrideQuotaForOrigin', { origin: tab.origin, quotaSize: 512 * 1024 })
        .then(() => undefined),
    );
    await tab.run((lab) => lab.projects.create({ name: 'Small and saved' }));
    const before = await tab.run((lab) =>
      lab.projects.list().then((list) => list.map((p) => p.id)),
    );

    // Random text, so the browser cannot compress the value under the quota. (getRandomValues
    // takes at most 64 KiB at a time, and throws a QuotaExceededError of its own beyond that.)
    const outcome = await tab.attempt((lab) => {
      let problem = '';
      for (let i = 0; i < 64; i += 1) {
        const bytes = crypto.getRandomValues(new Uint8Array(64 * 1024));
        const chars = Array.from(bytes, (b) => 33 + (b % 90));
        for (let j = 0; j < chars.length; j += 8192) {
          problem += String.fromCharCode(...chars.slice(j, j + 8192));
        }
      }
      return lab.projects.create({ name: 'Too big', problem });
    });
    expect(outcome).toMatchObject({
      ok: false,
      code: 'QUOTA_EXCEEDED',
      message: en['error.QUOTA_EXCEEDED'],
    });

    await tab.cdp.send('Storage.overrideQuotaForOrigin', { origin: tab.origin });
    const after = await tab.run((lab) => lab.projects.list().then((list) => list.map((p) => p.id)));
    expect(after).toEqual(before);
  });
});
