/**
 * End-to-end harness: the built lab (dist/, built by `npm test` first, or here if missing)
 * served on a free localhost port with its real headers (COOP/COEP, CSP), one Chromium per
 * test file (SwiftShader WebGPU and WebGL), and a fresh browser context per test.
 *
 *   const lab = useLab();
 *   it('…', async () => {
 *     const tab = await lab.openTab();          // page + console/CSP watch, lab loaded
 *     await tab.run((lab) => lab.projects.list());
 *   });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumArgs, launchChromium } from '../support/chromium.mjs';
import { startLabServer, type LabServer } from '../support/lab-server.mjs';
import { LabTab } from './lab-tab';

export { LabTab, type Outcome } from './lab-tab';
export type { ConsoleEntry, CspViolation } from './page-watch';

/** What a test file gets from `useLab()`. */
export interface LabFixture {
  /** Base URL of the served build, with a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  /** This test's browser context (created on first use, closed after the test). */
  context(): Promise<BrowserContext>;
  /** A new tab in this test's context, watched, navigated to `path` with the lab loaded. */
  openTab(path?: string): Promise<LabTab>;
  /** A new tab that has not navigated yet (to set things up before the first load). */
  newTab(): Promise<LabTab>;
  /**
   * A tab in a separate Chromium whose default (persistent) context holds the page, closed
   * after the test. Needed for CDP storage overrides such as `Storage.overrideQuotaForOrigin`,
   * which only take effect in the browser's default storage partition, not in the
   * incognito-like contexts of `browser.newContext()`, and only for databases opened after
   * them: set them in `beforeLoad`.
   */
  openPersistentTab(path?: string, beforeLoad?: (tab: LabTab) => Promise<void>): Promise<LabTab>;
}

/** Registers the hooks of one e2e test file and returns its fixture. */
export function useLab(): LabFixture {
  let server: LabServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let persistent: { context: BrowserContext; dir: string } | undefined;

  beforeAll(async () => {
    server = await startLabServer();
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close().catch(() => undefined);
    context = undefined;
    if (persistent) {
      await persistent.context.close().catch(() => undefined);
      rmSync(persistent.dir, { recursive: true, force: true });
      persistent = undefined;
    }
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  const fixture: LabFixture = {
    get url() {
      if (!server) throw new Error('useLab(): the server starts in beforeAll');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useLab(): the browser starts in beforeAll');
      return browser;
    },
    async context() {
      context ??= await fixture.browser.newContext({ serviceWorkers: 'allow' });
      return context;
    },
    async newTab() {
      const page = await (await fixture.context()).newPage();
      return LabTab.open(page, fixture.url);
    },
    async openPersistentTab(path = '', beforeLoad) {
      const dir = mkdtempSync(join(tmpdir(), 'lab-e2e-'));
      const persistentContext = await chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROME_PATH,
        args: [...chromiumArgs],
        headless: true,
      });
      persistent = { context: persistentContext, dir };
      const page = persistentContext.pages()[0] ?? (await persistentContext.newPage());
      const tab = await LabTab.open(page, fixture.url);
      await beforeLoad?.(tab);
      await tab.goto(path);
      return tab;
    },
    async openTab(path = '') {
      const tab = await fixture.newTab();
      await tab.goto(path);
      return tab;
    },
  };
  return fixture;
}
