import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';

const lab = useLab();
const bodyMass = 'Body Mass (g)';

describe('exploring the penguins before modelling', () => {
  it('shows a column profile, one heatmap cell per numeric pair and features ranked against Species', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const { projectId, versionId } = await tab.run(async (lab) => {
      const project = await lab.projects.create({ name: 'Penguins explored' });
      const report = await lab.data.importSample(project.id, 'penguins');
      return { projectId: project.id, versionId: report.versionId };
    });
    const expected = await tab.run(async (lab, id) => {
      const profile = await lab.data.profile(id);
      const column = profile.columns.find((c) => c.name === 'Body Mass (g)');
      return {
        mean: column?.profile.kind === 'numeric' ? column.profile.mean : null,
        numeric: profile.correlation.columns.length,
      };
    }, versionId);
    expect(expected.mean).toBeCloseTo(4201.754385964912, 9);

    // The facade ranks the features too, in the worker.
    const ranked = await tab.run(
      (lab, id) =>
        lab.data.importance(id, { target: 'Species' }).then((r) => r.features.map((f) => f.name)),
      versionId,
    );
    expect(ranked.slice(0, 3).some((name) => /Flipper|Beak/.test(name))).toBe(true);

    await tab.goto(`#/projects/${projectId}/data`);
    const explore = page.getByRole('region', { name: en['data.explore.title'], exact: true });
    await explore.waitFor({ timeout: 30_000 });

    // The profile of Body Mass (g): its mean as the facade computed it.
    await explore.getByRole('combobox', { name: en['data.explore.column'] }).selectOption(bodyMass);
    const profile = explore.locator(`.column-profile[data-column="${bodyMass}"]`).first();
    const mean = profile.locator('[data-stat="mean"] dd');
    await mean.waitFor();
    expect(Number(await mean.getAttribute('data-value'))).toBe(expected.mean);
    expect(await mean.textContent()).toBe('4,201.75');
    await profile.getByTestId('explore-column-histogram').locator('svg rect').first().waitFor();

    // One heatmap cell per ordered pair of number columns.
    const cells = explore.getByTestId('explore-heatmap').locator('g.heatmap-cell');
    await cells.first().waitFor();
    expect(await cells.count()).toBe(expected.numeric * expected.numeric);
    expect(expected.numeric).toBeGreaterThanOrEqual(4);

    // The scatter plot is drawn, coloured by Species.
    await explore.getByTestId('explore-scatter').locator('circle').first().waitFor();

    // Feature importance: every feature listed, a flipper or beak measure near the top.
    const rows = explore.getByTestId('explore-importance').locator('tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-feature')),
    );
    expect(listed).toEqual(ranked);
    expect(listed.slice(0, 3).some((name) => /Flipper|Beak/.test(name ?? ''))).toBe(true);

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
