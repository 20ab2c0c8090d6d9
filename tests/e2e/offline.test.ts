import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab, type LabTab } from './harness';

const lab = useLab();

/** Waits until a service worker controls the page (reloading once if it never claims it). */
async function waitForServiceWorkerControl(tab: LabTab): Promise<void> {
  const registered = await tab.page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 60_000)),
    ]),
  );
  expect(registered, 'a service worker registered and active within 60 s').toBe(true);
  const controlled = () => tab.page.evaluate(() => navigator.serviceWorker.controller !== null);
  for (let attempt = 0; attempt < 100 && !(await controlled()); attempt += 1) {
    await tab.page.waitForTimeout(100);
  }
  if (!(await controlled())) await tab.reload();
  expect(await controlled()).toBe(true);
}

describe('offline after one visit', () => {
  it('with the network off, the lab reloads, navigates and creates a project', async () => {
    const tab = await lab.openTab();
    await waitForServiceWorkerControl(tab);

    await (await lab.context()).setOffline(true);
    await tab.reload();
    expect(await tab.page.evaluate(() => navigator.onLine)).toBe(false);

    await tab.page.getByRole('link', { name: en['nav.settings'] }).click();
    await tab.page
      .getByRole('heading', { level: 1, name: en['settings.title'] })
      .waitFor({ timeout: 10_000 });
    await tab.page.getByRole('link', { name: en['nav.projects'] }).click();
    await tab.page
      .getByRole('heading', { level: 1, name: en['home.title'] })
      .waitFor({ timeout: 10_000 });

    const created = await tab.attempt((lab) => lab.projects.create({ name: 'Made offline' }));
    expect(created).toMatchObject({ ok: true, value: { name: 'Made offline' } });
    const names = await tab.run((lab) => lab.projects.list().then((l) => l.map((p) => p.name)));
    expect(names).toContain('Made offline');
    expect(tab.watch.violations).toEqual([]);
  });
});
