import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab, type LabTab } from './harness';

const lab = useLab();
const projectName = 'Penguins cleaned';

function versionItems(page: Page) {
  return page.getByRole('list', { name: en['data.versions.title'] }).getByRole('listitem');
}

/** The project's versions, newest first, as the facade lists them. */
async function newestVersion(tab: LabTab, projectId: string) {
  return tab.run(async (lab, id) => {
    const versions = await lab.data.versions(id);
    const newest = [...versions].sort((a, b) => (b.addedAt ?? 0) - (a.addedAt ?? 0))[0]!;
    return {
      count: versions.length,
      id: newest.id,
      parents: newest.parents,
      rows: newest.rows,
      columns: newest.schema.columns.map((c) => c.name),
    };
  }, projectId);
}

describe('cleaning and transforming the penguins', () => {
  it('imputes, encodes, scales and splits, each step previewed and applied as a new version', async () => {
    const tab = await lab.openTab();
    const { page } = tab;

    // A new user creates a project, imports the penguins and opens the Data page.
    await page.getByRole('textbox', { name: en['home.create.name'] }).fill(projectName);
    await page.getByRole('button', { name: en['home.create.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    const projectId = await tab.run((lab) => lab.projects.list().then((l) => l[0]!.id));
    const imported = await tab.run((lab, id) => lab.data.importSample(id, 'penguins'), projectId);
    await page
      .getByRole('navigation', { name: en['nav.stages'].replace('{project}', projectName) })
      .getByRole('link', { name: en['stage.data'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['stage.data'] }).waitFor();
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(1);

    const recipe = page.getByRole('region', { name: en['data.recipe.title'], exact: true });
    const kind = recipe.getByLabel(en['data.recipe.kind'], { exact: true });
    const column = recipe.getByLabel(en['data.recipe.field.column'], { exact: true });
    const preview = recipe.getByRole('button', { name: en['data.recipe.preview'], exact: true });
    const apply = recipe.getByRole('button', { name: en['data.recipe.apply'] });

    /** Applies the drafted step and waits until its new version is selected and described. */
    async function applyStep(count: number) {
      await apply.click();
      await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(count);
      const newest = await newestVersion(tab, projectId);
      await recipe.locator(`.recipe-fitted[data-version="${newest.id}"]`).waitFor();
      await versionItems(page)
        .filter({ has: page.locator('[aria-pressed="true"]') })
        .getByText(en['data.versions.id'].replace('{id}', newest.id.slice(0, 12)))
        .waitFor();
      return newest;
    }

    // Impute Body Mass (g) with the mean: 2 missing before, none after.
    await kind.selectOption('impute');
    await recipe.getByLabel(en['data.recipe.field.strategy']).selectOption('mean');
    await recipe.getByRole('checkbox', { name: 'Body Mass (g)' }).check();
    await preview.click();
    const stats = recipe.locator('table.recipe-stats[data-column="Body Mass (g)"]');
    const missing = stats.locator('tr[data-stat="missing"]');
    await missing.waitFor({ timeout: 30_000 });
    expect(await missing.locator('td[data-side="before"]').textContent()).toBe('2');
    expect(await missing.locator('td[data-side="after"]').textContent()).toBe('0');
    expect(await recipe.locator('.recipe-rows-count').getAttribute('data-after')).toBe('344');
    const imputed = await applyStep(2);
    expect(imputed.rows).toBe(344);
    expect(imputed.parents).toEqual([imported.versionId]);
    await versionItems(page)
      .filter({ has: page.locator('[aria-pressed="true"]') })
      .getByText(/^344 rows · /)
      .waitFor();
    await recipe.locator('[data-fitted="fill"]').waitFor();

    // One-hot encode Island.
    await kind.selectOption('encode');
    await column.selectOption('Island');
    await recipe.getByLabel(en['data.recipe.field.encodeMethod']).selectOption('one-hot');
    const encoded = await applyStep(3);
    expect(encoded.parents).toEqual([imputed.id]);
    expect(encoded.columns).not.toContain('Island');

    // Standard-scale Flipper Length (mm): its centre and scale are shown.
    await kind.selectOption('scale');
    await recipe.getByRole('checkbox', { name: 'Flipper Length (mm)' }).check();
    await recipe.getByLabel(en['data.recipe.field.scaleMethod']).selectOption('standard');
    const scaled = await applyStep(4);
    expect(scaled.parents).toEqual([encoded.id]);
    await recipe.locator('[data-fitted="center"]').waitFor();
    await recipe.locator('[data-fitted="scale"]').waitFor();

    // A stratified split by Species, seed 7.
    await kind.selectOption('split');
    await recipe.getByLabel(en['data.recipe.field.splitMethod']).selectOption('stratified');
    await column.selectOption('Species');
    await recipe.getByLabel(en['data.recipe.field.seed']).fill('7');
    const split = await applyStep(5);
    expect(split.columns).toContain('split');
    const last = await tab.run((lab, id) => lab.data.version(id), split.id);
    expect(last.parents).toEqual([scaled.id]);
    expect(last.schema.columns.some((c) => c.name === 'split')).toBe(true);
    await recipe.locator('[data-fitted="train"]').waitFor();

    // A derived column over a column that does not exist: a clear error naming it, no version.
    await kind.selectOption('derive');
    await recipe.getByLabel(en['data.recipe.field.name']).fill('double');
    const expression = recipe.getByLabel(en['data.recipe.field.expression']);
    await expression.fill('`Nope` * 2');
    await preview.click();
    await recipe
      .getByRole('alert')
      .getByText(en['data.recipe.failed.column'].replace('{column}', 'Nope'))
      .waitFor();
    expect(await expression.getAttribute('aria-invalid')).toBe('true');
    expect((await newestVersion(tab, projectId)).count).toBe(5);

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
