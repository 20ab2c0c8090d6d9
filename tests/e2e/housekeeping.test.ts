import { describe, expect, it } from 'vitest';
import { createSampleProject, trainRun } from './lab-setup';
import { useLab } from './harness';

const lab = useLab();

describe('storage housekeeping, tried as a new user would', () => {
  it('refuses to delete a served model version or its run saying why, deletes a spare run, and a project with its storage from Settings', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const ids = await createSampleProject(tab, {
      name: 'Penguins to delete',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 3 } });
    const versionId = await tab.run(async (lab, runId) => {
      const version = await lab.deploy.register(runId, 'doomed');
      await lab.deploy.serve('doomed', { champion: version.id });
      return version.id;
    }, run.id);

    await page.goto(`${lab.url}#/projects/${ids.projectId}/deploy`);
    await page.getByTestId(`delete-model-${versionId}`).click();
    await page.getByTestId(`delete-model-${versionId}-confirm`).click();
    const refusal = page.getByTestId(`delete-model-${versionId}-error`);
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/still in use.*doomed/);
    expect((await tab.run((lab, id) => lab.deploy.versions(id), ids.projectId)).length).toBe(1);

    // A run a model version came from is kept, saying why; a run nothing uses is deleted.
    const spare = await trainRun(tab, ids, { hyper: { epochs: 2 } });
    await page.goto(`${lab.url}#/projects/${ids.projectId}/train`);
    await page.getByTestId(`run-edit-${run.id}`).click();
    await page.getByTestId('delete-run').click();
    await page.getByTestId('delete-run-confirm').click();
    const kept = page.getByTestId('delete-run-error');
    await kept.waitFor();
    expect(await kept.textContent()).toMatch(/still in use.*model version/);
    await page.getByTestId(`run-edit-${spare.id}`).click();
    await page.getByTestId('delete-run').click();
    await page.getByTestId('delete-run-confirm').click();
    await expect
      .poll(async () =>
        (await tab.run((lab, id) => lab.runs.list(id), ids.projectId)).map((r) => r.id),
      )
      .toEqual([run.id]);

    await page.goto(`${lab.url}#/settings`);
    const row = page.locator(`tr[data-project="${ids.projectId}"]`);
    await row.waitFor();
    expect(Number(await row.getAttribute('data-total'))).toBeGreaterThan(0);
    await page.getByTestId(`delete-project-${ids.projectId}`).click();
    await page.getByTestId(`delete-project-${ids.projectId}-confirm`).click();
    await expect.poll(() => tab.run((lab) => lab.projects.list())).toEqual([]);
    const usage = await tab.run((lab) => lab.storage.usage());
    expect(usage.total).toBe(0);
    expect(tab.watch.problems()).toEqual([]);
  }, 120_000);

  it('reminds the user to export a project that is in no export, and stops once it is exported', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const ids = await createSampleProject(tab, {
      name: 'Unsaved penguins',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    await page.goto(`${lab.url}#/`);
    const item = page.locator(`.export-reminder li[data-project="${ids.projectId}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('never exported');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`reminder-export-${ids.projectId}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Unsaved-penguins.lablab');
    await item.waitFor({ state: 'detached', timeout: 30_000 });
    expect(tab.watch.problems()).toEqual([]);
  }, 60_000);
});
