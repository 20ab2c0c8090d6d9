/**
 * One browser tab on the built lab: navigation, `window.lab` calls, and what the tab's page
 * and workers said on the console.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import type { Lab } from '../../src/api/types';
import { en } from '../../src/i18n/en';
import { PageWatch } from './page-watch';

/** What a facade call came to: its value, or the rejected value's code and message. */
export type Outcome<R> =
  { ok: true; value: R } | { ok: false; code: string | null; name: string | null; message: string };

/** A function run in the page with `window.lab`; it must not close over test variables. */
export type LabFunction<A, R> = (lab: Lab, arg: A) => R | Promise<R>;

/** How long a page may take to put `window.lab` up (first load compiles the WASM backend). */
const labReadyMs = 30_000;

export class LabTab {
  private constructor(
    readonly page: Page,
    readonly watch: PageWatch,
    readonly baseUrl: string,
  ) {}

  static async open(page: Page, baseUrl: string): Promise<LabTab> {
    return new LabTab(page, await PageWatch.attach(page), baseUrl);
  }

  /** CDP session of this page (Storage.*, Network.*…). */
  get cdp(): CDPSession {
    return this.watch.cdp;
  }

  /** The origin the lab is served from, e.g. `http://127.0.0.1:41234`. */
  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  /** Opens a path of the lab (`''` for home, `'#/plan'`…) and waits for `window.lab`. */
  async goto(path = ''): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href);
    await this.waitForLab();
  }

  /** Reloads and waits for `window.lab`. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForLab();
  }

  /** Waits until the page has put `window.lab` up. */
  async waitForLab(timeoutMs = labReadyMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = await this.page
        .evaluate('typeof window.lab === "object" && window.lab !== null')
        .catch(() => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`window.lab did not appear in ${timeoutMs} ms`);
      await this.page.waitForTimeout(100);
    }
  }

  /**
   * Runs `fn(window.lab, arg)` in the page and returns its (structured-clonable) result.
   * Evaluated through DevTools, so the page's CSP does not apply to the call itself.
   */
  async run<R, A = undefined>(fn: LabFunction<A, R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(
      `(${fn.toString()})(window.lab, ${JSON.stringify(arg ?? null)})`,
    )) as R;
  }

  /**
   * Alerts, status messages and items of the live "Notifications" region (banners, notices)
   * that contain `text`.
   */
  notice(text: string | RegExp): Locator {
    const { page } = this;
    const notifications = page.getByRole('region', { name: en['notices.label'] });
    return page
      .getByRole('alert')
      .or(page.getByRole('status'))
      .or(notifications.getByRole('listitem'))
      .filter({ hasText: text });
  }

  /** Waits until a notice containing `text` is visible; returns its text. */
  async waitForNotice(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const notice = this.notice(text).first();
    await notice.waitFor({ state: 'visible', timeout: timeoutMs });
    return (await notice.textContent()) ?? '';
  }

  /** Like `run`, but a rejection comes back as data: the rejected value's own `code`. */
  async attempt<R, A = undefined>(fn: LabFunction<A, R>, arg?: A): Promise<Outcome<R>> {
    const expression = `(async () => {
      try {
        return { ok: true, value: await (${fn.toString()})(window.lab, ${JSON.stringify(arg ?? null)}) };
      } catch (e) {
        return {
          ok: false,
          code: e && typeof e.code === 'string' ? e.code : null,
          name: e && typeof e.name === 'string' ? e.name : null,
          message: String((e && e.message) || e),
        };
      }
    })()`;
    return (await this.page.evaluate(expression)) as Outcome<R>;
  }
}
