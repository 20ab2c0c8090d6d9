import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsRepo, openLabStore, type LabStore } from '../../src/storage';
import { freshName } from './rows';

let store: LabStore;
beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
});
afterEach(() => store.close());

describe('settings repo', () => {
  it('set then get returns the value, also structured values, after reopening the database', async () => {
    const name = store.db.name;
    const settings = createSettingsRepo(store);
    await settings.set('locale', 'ko');
    await settings.set('backend', {
      override: 'wasm-1',
      measuredAt: 1_700_000_000_000,
      table: [1.5, 2],
    });
    store.close();

    store = await openLabStore({ name });
    const reopened = createSettingsRepo(store);
    expect(await reopened.get<string>('locale')).toBe('ko');
    expect(await reopened.get('backend')).toEqual({
      override: 'wasm-1',
      measuredAt: 1_700_000_000_000,
      table: [1.5, 2],
    });
  });

  it('get of a key never set is undefined; set replaces; set to undefined deletes the key', async () => {
    const settings = createSettingsRepo(store);
    expect(await settings.get('locale')).toBeUndefined();
    await settings.set('locale', 'ko');
    await settings.set('locale', 'en');
    expect(await settings.get('locale')).toBe('en');
    await settings.set('locale', undefined);
    expect(await settings.get('locale')).toBeUndefined();
    expect(await store.db.settings.count()).toBe(0);
  });
});
