/**
 * The harness itself: it must see what the lab tests assert is absent, or those tests would
 * pass for nothing. A tiny page (not the lab) with the lab's CSP breaks the policy in the page
 * and in a worker, and logs an error from the worker.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/shared/security-headers';
import { launchChromium } from '../support/chromium.mjs';
import { LabTab } from './lab-tab';

const files: Record<string, string> = {
  '/': '<!doctype html><p role="alert">Now read-only</p><script type="module" src="/page.js"></script>',
  '/page.js': `new Worker('/worker.js', { type: 'module' });
    window.lab = { projects: {
      list: async () => ['a'],
      create: async () => { throw Object.assign(new Error('refused'), { name: 'LabError', code: 'READ_ONLY' }); },
    } };
    const img = new Image(); img.src = 'http://203.0.113.1/blocked.png'; document.body.append(img);`,
  '/worker.js': "try { eval('1') } catch {} console.error('worker says no');",
};

let server: Server;
let browser: Browser;
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = files[request.url ?? ''];
    const type = request.url === '/' ? 'text/html' : 'text/javascript';
    response.writeHead(body === undefined ? 404 : 200, {
      'content-type': type,
      'content-security-policy': contentSecurityPolicy,
    });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the e2e harness', () => {
  it('runs facade calls, reads rejection codes, finds notices, and sees CSP violations and worker errors', async () => {
    const context = await browser.newContext();
    try {
      const tab = await LabTab.open(await context.newPage(), url);
      await tab.goto();
      expect(await tab.run((lab) => lab.projects.list())).toEqual(['a']);
      expect(await tab.attempt((lab) => lab.projects.create({ name: 'x' }))).toMatchObject({
        ok: false,
        code: 'READ_ONLY',
        name: 'LabError',
        message: 'refused',
      });
      expect(await tab.waitForNotice(/read-only/i)).toBe('Now read-only');

      const poll = async (done: () => boolean) => {
        for (let i = 0; i < 50 && !done(); i += 1) await tab.page.waitForTimeout(100);
      };
      await poll(() => tab.watch.violations.some((v) => v.from === 'worker-issue'));
      await poll(() => tab.watch.violations.some((v) => v.from === 'page'));
      expect(tab.watch.violations).toContainEqual(
        expect.objectContaining({ from: 'worker-issue', directive: 'script-src' }),
      );
      expect(tab.watch.violations).toContainEqual(
        expect.objectContaining({ from: 'page', directive: 'img-src' }),
      );
      expect(tab.watch.errors()).toContainEqual(
        expect.objectContaining({ from: 'worker', text: 'worker says no' }),
      );
    } finally {
      await context.close();
    }
  });
});
