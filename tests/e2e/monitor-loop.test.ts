import { describe, expect, it } from 'vitest';
import { createSampleProject, trainRun } from './lab-setup';
import { useLab } from './harness';

const lab = useLab();

describe('the loop closed on Seattle weather, tried as a new user would', () => {
  it('shows the seasons in a time-ordered replay; retrains on alert; the challenger goes through canary to production and performance recovers', async () => {
    const tab = await lab.openTab();
    const ids = await createSampleProject(tab, {
      name: 'Seattle weather loop',
      task: 'classification',
      target: 'weather',
      sample: 'seattle-weather',
      criteria: [{ metric: 'accuracy', op: '>=', value: 0.6 }],
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 20 } });
    const result = await tab.run(
      async (lab, { ids, runId }) => {
        const first = await lab.deploy.register(runId, 'weather');
        await lab.deploy.serve('weather', { champion: first.id, errorPolicy: 'skip-row' });
        // One window per 30 days, in date order: the seasons against the all-year training data.
        const seasons = await lab.monitor.replay({
          endpoint: 'weather',
          source: ids.versionId,
          order: 'time',
          windowSize: 30,
        });
        await seasons.done;
        const seasonWindows = await lab.monitor.windows(seasons.id);
        // The loop: precipitation reads 2σ high from 30% of the stream on; accuracy is watched.
        const loop = await lab.monitor.replay({
          endpoint: 'weather',
          source: ids.versionId,
          order: 'shuffle',
          seed: 7,
          windowSize: 50,
          labelDelay: 10,
          scenario: {
            kind: 'covariate',
            pattern: 'sudden',
            columns: ['precipitation'],
            shift: 2,
            onset: 0.3,
          },
          alertRules: [{ metric: 'accuracy', op: '<=', value: 0.6, raiseAfter: 2, clearAfter: 2 }],
          retrain: { policy: { kind: 'on-alert', metric: 'accuracy' } },
        });
        const session = await loop.done;
        const windows = await lab.monitor.windows(loop.id);
        const retrains = await lab.monitor.retrains(ids.projectId);
        const versions = await lab.deploy.versions(ids.projectId);
        const endpoint = (await lab.deploy.endpoints(ids.projectId)).find(
          (e) => e.endpoint === 'weather',
        );
        const dataVersions = await lab.data.versions(ids.projectId);
        const graph = await lab.lineage.graph(ids.projectId);
        // By hand, asking for a gain no model can make: rejected, with the reason, and archived.
        const refused = await lab.monitor.retrain(seasons.id, {
          policy: { kind: 'manual' },
          minGain: 1,
        });
        return {
          firstId: first.id,
          loopId: loop.id,
          edges: graph.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`),
          refused,
          refusedVersion: (await lab.deploy.versions(ids.projectId)).find(
            (v) => v.id === refused?.modelVersionId,
          ),
          seasons: seasonWindows.map((w) => ({
            start: w.start,
            tempMax: w.drift.columns.find((c) => c.column === 'temp_max')!.statistic,
          })),
          session,
          windows: windows.map((w) => ({
            index: w.index,
            accuracy: w.performance.value,
            raised: w.alerts.filter((a) => a.kind === 'raised').map((a) => a.metric),
          })),
          retrains,
          versions,
          endpoint,
          dataVersions: dataVersions.map((v) => ({
            id: v.id,
            parents: v.parents,
            step: v.step.kind,
          })),
        };
      },
      { ids, runId: run.id },
    );

    // Seasons: the sample's days run from 2012-01-01 in order, so window i holds days 30i…30i+29.
    const month = (start: number) => new Date(Date.UTC(2012, 0, 1 + start + 15)).getUTCMonth();
    // A month is narrower than the year, so every window differs from the reference; how far
    // (the KS statistic) follows the seasons: largest in summer and winter, least between.
    const average = (months: number[]) => {
      const picked = result.seasons.filter((w) => months.includes(month(w.start)));
      return picked.reduce((sum, w) => sum + w.tempMax, 0) / picked.length;
    };
    const extremes = average([0, 1, 6, 7, 11]);
    const midseason = average([3, 4, 9, 10]);
    expect(extremes).toBeGreaterThan(midseason + 0.2);

    // The retrain: one, on the accuracy alert after the onset, promoted through canary.
    const onsetWindow = Math.floor(result.session.onset! / 50);
    expect(result.retrains).toHaveLength(1);
    const retrain = result.retrains[0]!;
    expect(retrain.trigger.reason).toBe('alert');
    expect(retrain.trigger.alertWindow).toBeGreaterThanOrEqual(onsetWindow);
    expect(result.windows.filter((w) => w.index < onsetWindow && w.raised.length > 0)).toEqual([]);
    expect(retrain.stage).toBe('production');
    expect(retrain.history.map((h) => h.stage)).toEqual([
      'preparing',
      'training',
      'evaluating',
      'canary',
      'production',
    ]);
    expect(retrain.comparison!.challenger).toBeGreaterThan(retrain.comparison!.champion);
    expect(retrain.gate!.verdict).toBe('pass');
    expect(retrain.canary!.events.challenger).toBeGreaterThanOrEqual(30);

    // Its data: the captured events (parent: the source) and reference + events (parents: both).
    const capture = result.dataVersions.find((v) => v.id === retrain.captureVersionId)!;
    expect(capture).toMatchObject({ parents: [ids.versionId], step: 'monitor-capture' });
    const merged = result.dataVersions.find((v) => v.id === retrain.versionId)!;
    expect(merged).toMatchObject({
      parents: [ids.versionId, retrain.captureVersionId],
      step: 'retrain-merge',
    });

    // Production: the new version is the champion, alone at the endpoint.
    const challenger = result.versions.find((v) => v.id === retrain.modelVersionId)!;
    expect(challenger.aliases).toContain('champion');
    expect(result.versions.find((v) => v.id === result.firstId)!.aliases).not.toContain('champion');
    expect(result.endpoint).toMatchObject({
      strategy: 'single',
      championPackageId: retrain.packageId,
      challengerPackageId: null,
    });

    // Performance recovers: windows after production against those between onset and retrain.
    const mean = (values: (number | null)[]) => {
      const kept = values.filter((v): v is number => v !== null);
      return kept.reduce((a, b) => a + b, 0) / kept.length;
    };
    const productionWindow = retrain.trigger.window + 1;
    const degraded = mean(
      result.windows
        .filter((w) => w.index > onsetWindow && w.index <= retrain.trigger.window)
        .map((w) => w.accuracy),
    );
    const before = mean(result.windows.filter((w) => w.index < onsetWindow).map((w) => w.accuracy));
    const after = mean(
      result.windows.filter((w) => w.index > productionWindow + 2).map((w) => w.accuracy),
    );
    expect(degraded).toBeLessThan(before - 0.15);
    expect(after).toBeGreaterThan(degraded + 0.15);

    // Rejected by hand: the reason names both numbers; the endpoint still serves the champion.
    expect(result.refused).toMatchObject({ stage: 'rejected', reason: { code: 'not-better' } });
    expect(result.refused!.reason!.detail).toMatch(/challenger [\d.]+, champion [\d.]+/);
    expect(result.refusedVersion).toMatchObject({ archived: true, aliases: [] });

    // The Monitor page shows both retrains, newest first, with their decisions.
    const { page } = tab;
    await page.goto(`${lab.url}#/projects/${ids.projectId}/monitor`);
    const entries = page.getByTestId('retrain-entry');
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBe(2);
    expect(await entries.nth(0).getAttribute('data-stage')).toBe('rejected');
    expect(await entries.nth(1).getAttribute('data-stage')).toBe('production');
    await expect
      .poll(() => entries.nth(1).getByTestId('retrain-comparison').textContent())
      .toMatch(/accuracy: challenger [\d.]+, champion [\d.]+ on \d+ events/);
    expect(await entries.nth(0).getByTestId('retrain-reason').textContent()).toMatch(
      /not better than the champion/,
    );

    // The lineage holds the whole loop, edge by edge.
    const captureId = retrain.captureVersionId!;
    const loopEdges = [
      `monitor-session:${result.loopId} -triggered-> retrain:${retrain.id}`,
      `retrain:${retrain.id} -captured-> dataset-version:${captureId}`,
      `dataset-version:${ids.versionId} -step-> dataset-version:${captureId}`,
      `dataset-version:${ids.versionId} -step-> dataset-version:${retrain.versionId}`,
      `dataset-version:${captureId} -step-> dataset-version:${retrain.versionId}`,
      `dataset-version:${retrain.versionId} -trained-on-> run:${retrain.runId}`,
      `retrain:${retrain.id} -retrained-> run:${retrain.runId}`,
      `run:${retrain.runId} -registered-> model-version:${retrain.modelVersionId}`,
      `model-version:${retrain.modelVersionId} -packaged-> package:${retrain.packageId}`,
    ];
    for (const edge of loopEdges) expect(result.edges).toContain(edge);
    expect(
      result.edges.some((e) =>
        e.startsWith(`package:${retrain.packageId} -deployed-> deployment:`),
      ),
    ).toBe(true);

    // The Lineage page draws it; the new model's ancestry stays bright, the rejected one dims.
    await page.goto(`${lab.url}#/projects/${ids.projectId}/lineage`);
    const retrainNode = page.locator(`[data-key="retrain:${retrain.id}"]`);
    await retrainNode.waitFor();
    await page
      .getByTestId('lineage-highlight')
      .selectOption(`model-version:${retrain.modelVersionId}`);
    const node = (key: string) => page.locator(`[data-key="${key}"]`);
    await expect
      .poll(() => node(`model-version:${result.refused!.modelVersionId}`).getAttribute('class'))
      .toMatch(/\bdim\b/);
    expect(await node(`dataset-version:${captureId}`).getAttribute('class')).not.toMatch(/\bdim\b/);
    expect(await retrainNode.getAttribute('class')).not.toMatch(/\bdim\b/);
    await retrainNode.click();
    await expect.poll(() => page.url()).toMatch(/\/monitor$/);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  }, 600_000);
});
