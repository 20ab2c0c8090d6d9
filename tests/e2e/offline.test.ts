import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { startLabServer } from '../support/lab-server.mjs';
import { useLab, LabTab } from './harness';

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
  it('with the server gone, the lab reloads, navigates, trains and creates a project', async () => {
    // A server of its own, so that stopping it takes the whole network away from this origin
    // (Playwright's setOffline does not reach service-worker fetches in Chromium).
    const server = await startLabServer();
    let stopped = false;
    try {
      const context = await lab.context();
      const tab = await LabTab.open(await context.newPage(), server.url);
      await tab.goto();
      await waitForServiceWorkerControl(tab);

      await server.close();
      stopped = true;
      const refused = await tab.page.evaluate(async (url) => {
        try {
          await fetch(`${url}?no-cache=${Date.now()}`, { cache: 'no-store', mode: 'no-cors' });
          return false;
        } catch {
          return true;
        }
      }, server.url);
      expect(refused, 'the server really is gone').toBe(true);

      await tab.reload();
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
      // The train worker, TensorFlow.js and its WASM binaries come from the cache too.
      const trained = await tab.attempt((lab) =>
        lab.backend.trainSteps({ backend: 'cpu', steps: 1 }),
      );
      expect(trained).toMatchObject({ ok: true, value: { steps: 1 } });
    } finally {
      if (!stopped) await server.close();
    }
  });
});
