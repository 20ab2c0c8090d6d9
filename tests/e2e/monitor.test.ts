import { describe, expect, it } from 'vitest';
import { createSampleProject, trainRun } from './lab-setup';
import { useLab } from './harness';

const lab = useLab();

describe('monitoring a deployed model on replayed streams', () => {
  it('stays quiet on a seeded shuffle, alerts within three windows of a sudden shift and not before, and is deterministic', async () => {
    const tab = await lab.openTab();
    const ids = await createSampleProject(tab, {
      name: 'Seattle weather',
      task: 'classification',
      target: 'weather',
      sample: 'seattle-weather',
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 20 } });
    const result = await tab.run(
      async (lab, { ids, runId }) => {
        const version = await lab.deploy.register(runId, 'weather');
        await lab.deploy.serve('weather', { champion: version.id, errorPolicy: 'skip-row' });
        const replay = async (scenario: Parameters<typeof lab.monitor.replay>[0]['scenario']) => {
          const handle = await lab.monitor.replay({
            endpoint: 'weather',
            source: ids.versionId,
            order: 'shuffle',
            seed: 7,
            windowSize: 29,
            labelDelay: 10,
            ...(scenario ? { scenario } : {}),
          });
          const session = await handle.done;
          const windows = await lab.monitor.windows(handle.id);
          return {
            session,
            raised: windows.flatMap((w) =>
              w.alerts.filter((a) => a.kind === 'raised').map((a) => a.window),
            ),
            shares: windows.map((w) => w.drift.driftedShare),
            accuracy: windows.map((w) => w.performance.value),
            alerts: (await lab.monitor.alerts(handle.id)).length,
          };
        };
        const quiet = await replay(undefined);
        const again = await replay(undefined);
        const shifted = await replay({
          kind: 'covariate',
          pattern: 'sudden',
          columns: ['temp_max', 'temp_min'],
          shift: 2,
          onset: 0.5,
        });
        return { quiet, again, shifted };
      },
      { ids, runId: run.id },
    );
    expect(result.quiet.session.windows).toBe(50);
    expect(result.quiet.raised.length).toBeLessThanOrEqual(1);
    expect(result.again.shares).toEqual(result.quiet.shares);
    expect(result.again.accuracy).toEqual(result.quiet.accuracy);
    const onsetWindow = Math.floor(result.shifted.session.onset! / 29);
    expect(result.shifted.raised.filter((w) => w < onsetWindow)).toEqual([]);
    const first = result.shifted.raised.find((w) => w >= onsetWindow);
    expect(first).toBeDefined();
    expect(first! - onsetWindow).toBeLessThanOrEqual(3);
    expect(result.shifted.alerts).toBe(result.shifted.raised.length);
  }, 300_000);
});

describe('the Monitor page, tried as a new user would', () => {
  it('replays a stream with a sudden shift from the form and sees the drift and the alert on the dashboard', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const ids = await createSampleProject(tab, {
      name: 'Weather watch',
      task: 'classification',
      target: 'weather',
      sample: 'seattle-weather',
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 10 } });
    await tab.run(async (lab, runId) => {
      const version = await lab.deploy.register(runId, 'watch');
      await lab.deploy.serve('watch', { champion: version.id, errorPolicy: 'skip-row' });
    }, run.id);
    await page.goto(`${lab.url}#/projects/${ids.projectId}/monitor`);
    const form = page.getByTestId('replay-form');
    await form.waitFor();
    await page.getByTestId('replay-window-size').fill('50');
    await page.getByTestId('replay-scenario').selectOption('covariate');
    await page.getByTestId('replay-columns').selectOption(['temp_max', 'temp_min']);
    await page.getByTestId('replay-shift').fill('2');
    await page.getByTestId('replay-start').click();
    const alertLog = page.getByTestId('alert-log');
    await expect
      .poll(() => alertLog.locator('[data-window]').count(), { timeout: 120_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('chart-drift-share').locator('path').first().waitFor();
    const sessions = await tab.run((lab, id) => lab.monitor.sessions(id), ids.projectId);
    expect(sessions).toHaveLength(1);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  }, 240_000);
});
