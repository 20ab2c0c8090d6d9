import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';

const lab = useLab();

describe('the browser runs out of storage', () => {
  it('a write over the quota rejects with QUOTA_EXCEEDED, a clear message, and nothing saved', async () => {
    const tab = await lab.openTab();
    await tab.run((lab) => lab.projects.create({ name: 'Small and saved' }));
    const before = await tab.run((lab) =>
      lab.projects.list().then((list) => list.map((p) => p.id)),
    );

    const usage = await tab.page.evaluate(
      async () => (await navigator.storage.estimate()).usage ?? 0,
    );
    await tab.cdp.send('Storage.overrideQuotaForOrigin', {
      origin: tab.origin,
      quotaSize: usage + 64 * 1024,
    });

    const outcome = await tab.attempt((lab) =>
      lab.projects.create({ name: 'Too big', problem: 'x'.repeat(8 * 1024 * 1024) }),
    );
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
