import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { createSampleProject, trainRun } from './lab-setup';

const lab = useLab();

describe('the label-quality loop on the Evaluate page', () => {
  it('opens a confusion-matrix cell, corrects a label there and saves a new dataset version to retrain on', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const project = await createSampleProject(tab, {
      name: 'Label loop',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, project, { hyper: { epochs: 10 } });
    await tab.run((lab, id) => lab.evaluate.run(id), run.id);
    const ids = { ...project, runId: run.id };
    await page.goto(`${lab.url}#/projects/${ids.projectId}/evaluate`);
    const matrix = page.getByTestId('confusion-matrix');
    await matrix.waitFor();
    // The Adelie row, predicted Adelie: the cell's rows with their feature values.
    await matrix.locator('[data-truth="0"][data-predicted="0"]').click();
    const rows = page.getByTestId('cell-rows');
    await rows.locator('tbody tr').first().waitFor();
    const row = Number(await rows.locator('tbody tr').first().getAttribute('data-row'));
    const predictions = await tab.run((lab, id) => lab.evaluate.predictions(id), ids.runId);
    const position = predictions.rows.indexOf(row);
    expect(predictions.truth[position]).toBe('Adelie');

    await page.getByTestId(`label-select-${row}`).selectOption('Chinstrap');
    await page.getByTestId(`correct-label-${row}`).click();
    await page.getByTestId('save-corrections').click();
    const saved = page.getByTestId('corrected-version');
    await saved.waitFor();
    const versionId = await saved.getAttribute('data-version');
    expect(versionId).toMatch(/^[0-9a-f]{64}$/);

    const check = await tab.run(
      async (lab, { versionId, row }) => {
        const version = await lab.data.version(versionId);
        const rows = await lab.data.rows(versionId, { offset: row, limit: 1 });
        const species = rows.columns.indexOf('Species');
        return { parents: version.parents, label: rows.rows[0]![species] };
      },
      { versionId: versionId!, row },
    );
    expect(check.parents).toEqual([ids.versionId]);
    expect(check.label).toBe('Chinstrap');
    expect(tab.watch.problems()).toEqual([]);
  }, 180_000);
});
