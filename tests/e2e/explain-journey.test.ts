import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { createSampleProject, trainRun } from './lab-setup';

const lab = useLab();

describe('the Explain stage, tried as a new user would', () => {
  it('shows the global importance, explains a badly predicted row, and moves its prediction in the what-if panel', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const project = await createSampleProject(tab, {
      name: 'Penguins explained',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, project, { hyper: { epochs: 20 } });
    const report = await tab.run((lab, id) => lab.evaluate.run(id), run.id);
    const ids = { projectId: project.projectId, runId: run.id, worst: report.worstErrors[0]!.row };
    await page.goto(`${lab.url}#/projects/${ids.projectId}/explain`);
    await page.getByTestId('explain-global').click();
    const importance = page.getByTestId('importance-chart');
    await expect
      .poll(() => importance.locator('[data-feature]').count(), { timeout: 120_000 })
      .toBe(6);
    const stored = await tab.run((lab, id) => lab.explain.stored(id), ids.runId);
    expect(stored?.importance.features).toHaveLength(6);
    await page.getByTestId('model-structure').waitFor();

    // The row the model got most wrong, from the evaluation's worst errors.
    await page.getByTestId(`explain-row-${ids.worst}`).click();
    const waterfall = page.getByTestId('waterfall');
    await waterfall.waitFor();
    const local = await tab.run((lab, ids) => lab.explain.local(ids.runId, ids.worst), ids);
    expect(local.additivityGap).toBeLessThan(1e-4);

    const whatIf = page.getByTestId('what-if');
    await page.getByTestId('what-if-run').click();
    const prediction = page.getByTestId('what-if-prediction');
    await prediction.waitFor();
    const before = await prediction.getAttribute('data-value');
    // A much longer flipper and another island: the prediction moves.
    await whatIf.locator('[data-feature="Flipper Length (mm)"] input').fill('235');
    await whatIf.locator('[data-feature="Island"] select').selectOption('Biscoe');
    await page.getByTestId('what-if-run').click();
    await expect.poll(() => prediction.getAttribute('data-value')).not.toBe(before);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  }, 240_000);
});
