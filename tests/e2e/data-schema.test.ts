import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab, type LabTab } from './harness';

const lab = useLab();
const projectName = 'Reviewed columns';

const csv = ['code,label,size', '101,a,1.5', '102,b,2', '103,a,', '104,b,3.25', ''].join('\n');

function versionItems(page: Page) {
  return page.getByRole('list', { name: en['data.versions.title'] }).getByRole('listitem');
}

async function newestVersion(tab: LabTab, projectId: string) {
  return tab.run(async (lab, id) => {
    const versions = await lab.data.versions(id);
    const newest = [...versions].sort((a, b) => (b.addedAt ?? 0) - (a.addedAt ?? 0))[0]!;
    const info = await lab.data.version(newest.id);
    return { count: versions.length, id: info.id, parents: info.parents, schema: info.schema };
  }, projectId);
}

describe('reviewing the inferred schema and changing roles', () => {
  it('edits types and roles before import, then makes a column the id with a set-roles step', async () => {
    const tab = await lab.openTab();
    const { page } = tab;

    await page.getByRole('textbox', { name: en['home.create.name'] }).fill(projectName);
    await page.getByRole('button', { name: en['home.create.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    const projectId = await tab.run((lab) => lab.projects.list().then((l) => l[0]!.id));
    await page
      .getByRole('navigation', { name: en['nav.stages'].replace('{project}', projectName) })
      .getByRole('link', { name: en['stage.data'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['stage.data'] }).waitFor();
    await page.getByText(en['data.versions.empty']).waitFor();
    // The page no longer claims schema editing is missing.
    expect(await page.getByText('Not built yet').count()).toBe(0);

    // Review columns, pick the file: the inferred columns are shown, nothing is imported yet.
    await page.getByRole('checkbox', { name: en['data.review.choice'] }).check();
    await page.getByLabel(en['data.file.label']).setInputFiles({
      name: 'codes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const review = page.getByRole('region', {
      name: en['data.review.title'].replace('{name}', 'codes.csv'),
    });
    const codeType = review.getByLabel(en['data.review.type'].replace('{column}', 'code'));
    await codeType.waitFor({ timeout: 30_000 });
    expect(await codeType.inputValue()).toBe('integer');
    expect(await storedVersionsCount(tab, projectId)).toBe(0);

    // code becomes a category, label the target, "?" a missing token; then import.
    await codeType.selectOption('category');
    await review
      .getByLabel(en['data.review.role'].replace('{column}', 'label'))
      .selectOption('target');
    await review.getByLabel(en['data.review.missing']).fill('?');
    await review.getByRole('button', { name: en['data.review.import'], exact: true }).click();
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(1);
    const imported = await newestVersion(tab, projectId);
    const byName = (schema: typeof imported.schema, name: string) =>
      schema.columns.find((c) => c.name === name)!;
    expect(byName(imported.schema, 'code')).toMatchObject({ type: 'category' });
    expect(byName(imported.schema, 'label')).toMatchObject({ role: 'target' });
    expect(byName(imported.schema, 'size')).toMatchObject({ type: 'number' });
    expect(imported.schema.missingTokens).toContain('?');

    // A set-roles step in the Recipe panel makes code the id: a new version says so.
    const recipe = page.getByRole('region', { name: en['data.recipe.title'], exact: true });
    await recipe.getByLabel(en['data.recipe.kind'], { exact: true }).selectOption('set-roles');
    await recipe.getByRole('checkbox', { name: 'code' }).check();
    await recipe.getByLabel(en['data.recipe.field.role']).selectOption('id');
    await recipe.getByRole('button', { name: en['data.recipe.apply'] }).click();
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(2);
    const roled = await newestVersion(tab, projectId);
    expect(roled.parents).toEqual([imported.id]);
    expect(byName(roled.schema, 'code')).toMatchObject({ type: 'category', role: 'id' });
    expect(byName(roled.schema, 'label')).toMatchObject({ role: 'target' });

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});

async function storedVersionsCount(tab: LabTab, projectId: string): Promise<number> {
  return tab.run((lab, id) => lab.data.versions(id).then((v) => v.length), projectId);
}
