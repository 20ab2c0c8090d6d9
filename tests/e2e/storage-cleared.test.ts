import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { messagePattern } from './messages';

const lab = useLab();

describe('site data cleared while the lab is open', () => {
  it('shows the storage-lost banner and list() rejects with STORAGE_LOST instead of an empty list', async () => {
    const tab = await lab.openTab();
    await tab.run((lab) => lab.projects.create({ name: 'Before the wipe' }));
    expect(await tab.run((lab) => lab.projects.list().then((list) => list.length))).toBe(1);

    await tab.cdp.send('Storage.clearDataForOrigin', {
      origin: tab.origin,
      storageTypes: 'indexeddb',
    });

    await tab.waitForNotice(messagePattern('error.STORAGE_LOST'));
    const listed = await tab.attempt((lab) => lab.projects.list());
    expect(listed).toMatchObject({ ok: false, code: 'STORAGE_LOST' });
    const created = await tab.attempt((lab) => lab.projects.create({ name: 'After the wipe' }));
    expect(created).toMatchObject({ ok: false, code: 'STORAGE_LOST' });
    expect(await tab.run((lab) => lab.storage.health())).toBe('lost');
  });
});
