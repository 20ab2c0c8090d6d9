import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/shared/security-headers';
import { useLab } from './harness';

const lab = useLab();

describe('the built lab under its Content-Security-Policy', () => {
  it('is served with the CSP and cross-origin isolation headers', async () => {
    const response = await fetch(lab.url);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('trains one step on every available backend with no CSP violation and no console error', async () => {
    const tab = await lab.openTab();
    expect(await tab.page.evaluate(() => self.crossOriginIsolated)).toBe(true);

    let choice = await tab.run((lab) => lab.backend.current());
    if (choice.table.length === 0) choice = await tab.run((lab) => lab.backend.probe());
    const available = choice.table.filter((row) => row.available).map((row) => row.id);
    expect(available).toContain('cpu');

    for (const id of available) {
      const outcome = await tab.attempt(
        (lab, backend) => lab.backend.trainSteps({ backend, steps: 1 }),
        id,
      );
      expect(outcome, `training a step on ${id}`).toMatchObject({
        ok: true,
        value: { backend: id, steps: 1 },
      });
    }

    expect(tab.watch.violations).toEqual([]);
    expect(tab.watch.errors()).toEqual([]);
  });
});
