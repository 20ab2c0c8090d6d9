import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lab } from '../../src/api/types';
import { createSampleProject, trainRun, type ProjectIds } from './lab-setup';
import { useLab } from './harness';
import { LabTab } from './lab-tab';

const lab = useLab();

/** Everything a user sees of the project, as plain data (functions run in the page). */
async function snapshot(lab: Lab, arg: { projectId: string; runId: string; rows: unknown[] }) {
  const runs = await lab.runs.list(arg.projectId);
  const run = await lab.runs.get(arg.runId);
  const sessions = await lab.monitor.sessions(arg.projectId);
  return {
    project: await lab.projects.get(arg.projectId),
    versions: await lab.data.versions(arg.projectId),
    runs: runs.map((r) => ({ id: r.id, status: r.status, summary: r.summary, config: r.config })),
    epochs: run.epochs,
    report: await lab.evaluate.report(arg.runId),
    predictions: await lab.evaluate.predictions(arg.runId),
    models: await lab.deploy.versions(arg.projectId),
    packages: (await lab.deploy.packages(arg.projectId)).map((p) => p.id),
    endpoints: await lab.deploy.endpoints(arg.projectId),
    served: (await lab.serve.predict('penguins', arg.rows as never)).predictions,
    sessions,
    windows: await lab.monitor.windows(sessions[0]!.id),
    retrains: await lab.monitor.retrains(arg.projectId),
    lineage: await lab.lineage.graph(arg.projectId),
  };
}

describe('sharing a whole project as one file, tried as a new user would', () => {
  it('exports a project that went round the cycle, imports it in a fresh browser profile, and everything is the same', async () => {
    const tab = await lab.openTab();
    const ids: ProjectIds = await createSampleProject(tab, {
      name: 'Penguins shared',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
      criteria: [{ metric: 'accuracy', op: '>=', value: 0.8 }],
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 15 } });
    const rows = await tab.run(
      async (lab, { ids, runId }) => {
        await lab.evaluate.run(runId);
        const version = await lab.deploy.register(runId, 'penguins');
        await lab.deploy.serve('penguins', { champion: version.id, errorPolicy: 'skip-row' });
        const replay = await lab.monitor.replay({
          endpoint: 'penguins',
          source: ids.versionId,
          windowSize: 40,
          labelDelay: 5,
          seed: 3,
        });
        await replay.done;
        await lab.monitor.retrain(replay.id, { policy: { kind: 'manual' }, recentEvents: 120 });
        const sample = await lab.data.rows(ids.versionId, { offset: 0, limit: 3 });
        return sample.rows.map((row) =>
          Object.fromEntries(
            sample.columns.map((c, i) => [c, row[i]] as const).filter(([c]) => c !== 'Species'),
          ),
        );
      },
      { ids, runId: run.id },
    );
    const arg = { projectId: ids.projectId, runId: run.id, rows };
    const before = await tab.run(snapshot, arg);
    expect(before.retrains).toHaveLength(1);

    // Export from the Lineage page.
    await tab.page.goto(`${lab.url}#/projects/${ids.projectId}/lineage`);
    const [download] = await Promise.all([
      tab.page.waitForEvent('download'),
      tab.page.getByTestId('export-project').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Penguins-shared.lablab');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    // A fresh profile: an empty database.
    const fresh = await lab.browser.newContext({ serviceWorkers: 'allow' });
    try {
      const other = await LabTab.open(await fresh.newPage(), lab.url);
      await other.goto('');
      expect(await other.run((lab) => lab.projects.list())).toEqual([]);
      await other.page.getByTestId('import-archive-file').setInputFiles(file);
      const done = other.page.getByTestId('import-archive-done');
      await done.waitFor({ timeout: 60_000 });
      expect(await done.textContent()).toContain('Imported “Penguins shared”');
      const after = await other.run(snapshot, arg);
      expect(after).toEqual(before);

      // The same file again adds nothing.
      await other.page.getByTestId('import-archive-file').setInputFiles([]);
      await other.page.getByTestId('import-archive-file').setInputFiles(file);
      await expect
        .poll(() => done.textContent(), { timeout: 60_000 })
        .toContain('was already here');

      // The runs table and the lineage show the imported project.
      await other.page.getByTestId('import-archive-open').click();
      await other.page.locator(`[data-key="run:${run.id}"]`).waitFor();
      expect(await other.page.locator('[data-key]').count()).toBeGreaterThan(6);
      await other.page.goto(`${lab.url}#/projects/${ids.projectId}/train`);
      await other.page.getByText(run.name, { exact: false }).first().waitFor();
      expect(other.watch.problems()).toEqual([]);
      expect(other.watch.violations).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 300_000);

  it('refuses an altered archive with its reason and changes nothing', async () => {
    const tab = await lab.openTab();
    const wrong = readFileSync(new URL('../fixtures/share/wrong-digest.lablab', import.meta.url));
    const before = await tab.run((lab) => lab.projects.list());
    await tab.page.getByTestId('import-archive-file').setInputFiles({
      name: 'wrong-digest.lablab',
      mimeType: 'application/zip',
      buffer: wrong,
    });
    const error = tab.page.getByTestId('import-archive-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(
      /does not match its SHA-256 digest.*wrong-digest\.lablab/,
    );
    expect(await tab.run((lab) => lab.projects.list())).toEqual(before);
  }, 60_000);

  it('opens a link with ?import=<url>, imports the archive it points to and shows the project', async () => {
    const source = await lab.openTab();
    const ids = await createSampleProject(source, {
      name: 'Linked penguins',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const base64 = await source.run(async (lab, projectId) => {
      const blob = await lab.share.export({ projectId });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    }, ids.projectId);
    const fresh = await lab.browser.newContext({ serviceWorkers: 'allow' });
    try {
      await fresh.route('**/shared/linked.lablab', (route) =>
        route.fulfill({
          status: 200,
          body: Buffer.from(base64, 'base64'),
          headers: {
            'content-type': 'application/zip',
            'cross-origin-resource-policy': 'same-origin',
          },
        }),
      );
      const tab = await LabTab.open(await fresh.newPage(), lab.url);
      await tab.goto('?import=shared/linked.lablab');
      await expect
        .poll(() => tab.page.url(), { timeout: 30_000 })
        .toMatch(new RegExp(`#/projects/${ids.projectId}/lineage$`));
      expect(tab.page.url()).not.toContain('import=');
      const projects = await tab.run((lab) => lab.projects.list());
      expect(projects.map((p) => p.name)).toEqual(['Linked penguins']);
      expect(tab.watch.problems()).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 90_000);
});
