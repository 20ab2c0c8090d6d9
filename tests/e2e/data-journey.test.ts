import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { useLab, type LabTab } from './harness';

const lab = useLab();
const projectName = 'Penguins from start to finish';
const hangulCsv = fileURLToPath(new URL('../fixtures/import/hangul-cp949.csv', import.meta.url));
const bodyMass = 'Body Mass (g)';
const labelColumn = 'Sex';

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key]));
}

function criterion(page: Page, n: number) {
  return page.getByRole('group', { name: fill(en['plan.criteria.row'], { n }) });
}

function versionItems(page: Page) {
  return page.getByRole('list', { name: en['data.versions.title'] }).getByRole('listitem');
}

function rowsRegion(page: Page) {
  return page.getByRole('region', { name: /^Rows of / });
}

/** The project's newest version, as the facade lists it (read back for assertions only). */
async function newestVersion(tab: LabTab, projectId: string) {
  return tab.run(async (lab, id) => {
    const versions = await lab.data.versions(id);
    const newest = [...versions].sort((a, b) => (b.addedAt ?? 0) - (a.addedAt ?? 0))[0]!;
    return {
      count: versions.length,
      id: newest.id,
      parents: newest.parents,
      rows: newest.rows,
      step: newest.step?.kind ?? null,
      columns: newest.schema.columns.map((c) => c.name),
    };
  }, projectId);
}

/** The English and Korean text of the Data page's section headings. */
const dataHeadings = [
  'data.import.title',
  'data.versions.title',
  'data.schema.title',
  'data.table.title',
  'data.recipe.title',
  'data.label.title',
  'data.explore.title',
  'data.versions.graph.title',
] as const;

describe('a new user’s whole Plan and Data journey', () => {
  it('plans two criteria, imports Hangul and penguins, cleans, splits, labels, explores, sees the lineage, and reads it in Korean', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    // --- Plan: a project with two success criteria. ---
    await page.getByRole('textbox', { name: en['home.create.name'] }).fill(projectName);
    await page.getByRole('button', { name: en['home.create.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    const add = page.getByRole('button', { name: en['plan.criteria.add'] });
    await add.click();
    await add.click();
    await criterion(page, 1).getByRole('textbox', { name: en['plan.criteria.value'] }).fill('0.9');
    await criterion(page, 2)
      .getByRole('combobox', { name: en['plan.criteria.metric'] })
      .selectOption('f1_macro');
    await criterion(page, 2).getByRole('textbox', { name: en['plan.criteria.value'] }).fill('0.85');
    await page.getByRole('button', { name: en['plan.save'] }).click();
    await page.getByRole('status').filter({ hasText: en['plan.saved'] }).waitFor();
    const project = await tab.run((lab) => lab.projects.list().then((l) => l[0]!));
    expect(project.name).toBe(projectName);
    expect(project.criteria.map((c) => [c.metric, c.value])).toEqual([
      [project.criteria[0]!.metric, 0.9],
      ['f1_macro', 0.85],
    ]);
    const projectId = project.id;

    // --- Data: open the stage from the stage bar. ---
    await page
      .getByRole('navigation', { name: fill(en['nav.stages'], { project: projectName }) })
      .getByRole('link', { name: en['stage.data'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['stage.data'] }).waitFor();
    await page.getByText(en['data.versions.empty']).waitFor();

    // A CP949 Korean CSV through the file picker, encoding on automatic: Hangul intact.
    expect(await page.getByLabel(en['data.options.encoding']).inputValue()).toBe('auto');
    await page.getByLabel(en['data.file.label']).setInputFiles(hangulCsv);
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(1);
    const rows = rowsRegion(page);
    await rows.getByRole('columnheader', { name: '도시' }).waitFor();
    await rows.getByRole('cell', { name: '김민준' }).waitFor();
    await rows.getByRole('cell', { name: '대구, 수성구', exact: true }).waitFor();
    const hangul = await newestVersion(tab, projectId);
    expect(hangul.columns).toEqual(['이름', '도시', '나이']);

    // The penguins sample, from the list.
    await page
      .getByRole('button', { name: fill(en['data.samples.import'], { name: 'Palmer penguins' }) })
      .click();
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(2);
    const imported = await newestVersion(tab, projectId);
    expect(imported.rows).toBe(344);
    expect(imported.parents).toEqual([]);
    expect(imported.step).toBe('import');
    await versionItems(page)
      .filter({ has: page.locator('[aria-pressed="true"]') })
      .getByText(fill(en['data.versions.id'], { id: imported.id.slice(0, 12) }))
      .waitFor();
    await rows.getByRole('cell', { name: 'Adelie' }).first().waitFor();

    // --- Recipe: impute, encode, scale, split, each applied as a new version. ---
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
        .getByText(fill(en['data.versions.id'], { id: newest.id.slice(0, 12) }))
        .waitFor();
      return newest;
    }

    // Impute Body Mass (g) with the mean, previewed first: 2 missing before, none after.
    await kind.selectOption('impute');
    await recipe.getByLabel(en['data.recipe.field.strategy']).selectOption('mean');
    await recipe.getByRole('checkbox', { name: bodyMass }).check();
    await preview.click();
    const missing = recipe.locator(
      `table.recipe-stats[data-column="${bodyMass}"] tr[data-stat="missing"]`,
    );
    await missing.waitFor({ timeout: 30_000 });
    expect(await missing.locator('td[data-side="before"]').textContent()).toBe('2');
    expect(await missing.locator('td[data-side="after"]').textContent()).toBe('0');
    const imputed = await applyStep(3);
    expect(imputed.parents).toEqual([imported.id]);
    expect(imputed.step).toBe('impute');

    // One-hot encode Island.
    await kind.selectOption('encode');
    await column.selectOption('Island');
    await recipe.getByLabel(en['data.recipe.field.encodeMethod']).selectOption('one-hot');
    const encoded = await applyStep(4);
    expect(encoded.parents).toEqual([imputed.id]);
    expect(encoded.step).toBe('encode');
    expect(encoded.columns).not.toContain('Island');

    // Standard-scale Flipper Length (mm).
    await kind.selectOption('scale');
    await recipe.getByRole('checkbox', { name: 'Flipper Length (mm)' }).check();
    await recipe.getByLabel(en['data.recipe.field.scaleMethod']).selectOption('standard');
    const scaled = await applyStep(5);
    expect(scaled.parents).toEqual([encoded.id]);
    expect(scaled.step).toBe('scale');
    await recipe.locator('[data-fitted="center"]').waitFor();

    // A stratified split by Species, seed 7.
    await kind.selectOption('split');
    await recipe.getByLabel(en['data.recipe.field.splitMethod']).selectOption('stratified');
    await column.selectOption('Species');
    await recipe.getByLabel(en['data.recipe.field.seed']).fill('7');
    const split = await applyStep(6);
    expect(split.parents).toEqual([scaled.id]);
    expect(split.step).toBe('split');
    expect(split.columns).toContain('split');
    expect(split.rows).toBe(344);

    // --- Labelling: five penguins whose Sex is missing, by keyboard. ---
    const labelPanel = page.getByRole('region', { name: en['data.label.title'], exact: true });
    // The column field suggests the version's columns (a combobox): type Sex and leave it.
    const labelField = labelPanel.getByRole('combobox', { name: en['data.label.column'] });
    await labelField.fill(labelColumn);
    await labelField.press('Tab');
    const toLabel = await tab.run(
      (lab, arg) => lab.data.unlabelled(arg.id, { column: arg.column }),
      { id: split.id, column: labelColumn },
    );
    // The sample has ten penguins without a Sex; the choices are the labels in use.
    expect(toLabel.total).toBe(10);
    expect(toLabel.labels.slice(0, 2).sort()).toEqual(['FEMALE', 'MALE']);
    await labelPanel
      .getByText(fill(en['data.label.toLabel'], { n: toLabel.total, column: labelColumn }))
      .waitFor({ timeout: 30_000 });
    await labelPanel.getByRole('button', { name: en['data.label.start'] }).click();
    const view = page.getByRole('group', { name: en['data.label.view'] });
    const progress = (labelled: number) =>
      view
        .getByText(fill(en['data.label.progress'], { labelled, total: toLabel.total, skipped: 0 }))
        .waitFor();
    const rowHeading = (row: number) =>
      view.getByRole('heading', { name: fill(en['data.label.row'], { row: row + 1 }) }).waitFor();
    await progress(0);
    // 1 and 2 pick the first two labels in use; alternate them over five rows.
    const keys = ['1', '2', '1', '2', '1'];
    for (const [i, key] of keys.entries()) {
      await rowHeading(toLabel.rows[i]!);
      await page.keyboard.press(key);
      await progress(i + 1);
    }
    await page.keyboard.press('Enter');
    await labelPanel.getByText(fill(en['data.label.saved'], { n: 5 })).waitFor({ timeout: 30_000 });
    await labelPanel
      .getByText(fill(en['data.label.toLabel'], { n: toLabel.total - 5, column: labelColumn }))
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(7);
    const labelled = await newestVersion(tab, projectId);
    expect(labelled.parents).toEqual([split.id]);
    expect(labelled.step).toBe('label');
    await versionItems(page)
      .filter({ has: page.locator('[aria-pressed="true"]') })
      .getByText(fill(en['data.versions.id'], { id: labelled.id.slice(0, 12) }))
      .waitFor();
    const sexIndex = labelled.columns.indexOf(labelColumn);
    const values = await tab.run(
      async (lab, arg) => {
        const out: unknown[] = [];
        for (const row of arg.rows) {
          const window = await lab.data.rows(arg.id, { offset: row, limit: 1 });
          out.push(window.rows[0]?.[arg.index] ?? null);
        }
        return out;
      },
      { id: labelled.id, rows: toLabel.rows.slice(0, 6), index: sexIndex },
    );
    const [first, second] = toLabel.labels;
    expect(values).toEqual([first, second, first, second, first, null]);

    // --- Explore: the profile of Body Mass (g) and the correlation heatmap. ---
    const profileData = await tab.run(async (lab, id) => {
      const profile = await lab.data.profile(id);
      const column = profile.columns.find((c) => c.name === 'Body Mass (g)');
      return {
        mean: column?.profile.kind === 'numeric' ? column.profile.mean : null,
        missing: column?.profile.missing ?? null,
        numeric: profile.correlation.columns.length,
      };
    }, labelled.id);
    expect(profileData.missing).toBe(0);
    const explore = page.getByRole('region', { name: en['data.explore.title'], exact: true });
    await explore.waitFor({ timeout: 30_000 });
    await explore.getByRole('combobox', { name: en['data.explore.column'] }).selectOption(bodyMass);
    const profile = explore.locator(`.column-profile[data-column="${bodyMass}"]`).first();
    const mean = profile.locator('[data-stat="mean"] dd');
    await mean.waitFor({ timeout: 30_000 });
    expect(Number(await mean.getAttribute('data-value'))).toBe(profileData.mean);
    await profile.getByTestId('explore-column-histogram').locator('svg rect').first().waitFor();
    const cells = explore.getByTestId('explore-heatmap').locator('g.heatmap-cell');
    await cells.first().waitFor({ timeout: 30_000 });
    expect(profileData.numeric).toBeGreaterThanOrEqual(4);
    expect(await cells.count()).toBe(profileData.numeric * profileData.numeric);

    // --- Versions: one chain from the import to the labels, each edge named by its step. ---
    const graphPanel = page.getByRole('region', {
      name: en['data.versions.graph.title'],
      exact: true,
    });
    const graph = graphPanel.getByTestId('version-graph');
    const nodes = graph.locator('g.version-node');
    // Two imports (Hangul, penguins) and five steps.
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBe(7);
    const edges = graph.locator('g.version-edge');
    await expect.poll(() => edges.count(), { timeout: 15_000 }).toBe(5);
    const edgeInfo = await edges.evaluateAll((gs) =>
      gs.map((g) => [g.getAttribute('data-from'), g.getAttribute('data-to'), g.textContent]),
    );
    const chain = [imported, imputed, encoded, scaled, split, labelled];
    const stepNames = [
      en['data.versions.step.impute'],
      en['data.versions.step.encode'],
      en['data.versions.step.scale'],
      en['data.versions.step.split'],
      en['data.versions.step.label'],
    ];
    expect([...edgeInfo].sort()).toEqual(
      chain
        .slice(1)
        .map((v, i) => [chain[i]!.id, v.id, stepNames[i]])
        .sort(),
    );
    for (const root of [hangul.id, imported.id]) {
      expect(
        await graph.locator(`g.version-node[data-version-id="${root}"]`).textContent(),
      ).toContain(en['data.versions.step.import']);
    }
    await expect
      .poll(() => graph.locator('g.version-node.selected').getAttribute('data-version-id'))
      .toBe(labelled.id);

    // The stored parent chain of the last version, walked back to its import, matches.
    const walked = await tab.run(async (lab, id) => {
      const out: { id: string; step: string | null; parents: string[] }[] = [];
      let current: string | undefined = id;
      while (current !== undefined && out.length < 20) {
        const version = await lab.data.version(current);
        out.push({ id: version.id, step: version.step?.kind ?? null, parents: version.parents });
        current = version.parents[0];
      }
      return out;
    }, labelled.id);
    expect(walked.map((v) => v.id)).toEqual(chain.map((v) => v.id).reverse());
    expect(walked.map((v) => v.step)).toEqual([
      'label',
      'split',
      'scale',
      'encode',
      'impute',
      'import',
    ]);
    expect(walked.every((v) => v.parents.length <= 1)).toBe(true);

    // --- Korean: the Data page's headings follow. ---
    await page.getByRole('combobox', { name: en['language.label'] }).selectOption('ko');
    await page.getByRole('heading', { level: 1, name: ko['stage.data'] }).waitFor();
    for (const key of dataHeadings) {
      expect(ko[key]).not.toBe(en[key]);
      await page.getByRole('heading', { level: 2, name: ko[key], exact: true }).waitFor();
    }
    const h2 = await page.getByRole('heading', { level: 2 }).allTextContents();
    for (const key of dataHeadings) expect(h2).not.toContain(en[key]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    // The Hangul data is still intact after the switch.
    expect(
      await tab.run(
        (lab, id) => lab.data.version(id).then((v) => v.schema.columns.map((c) => c.name)),
        hangul.id,
      ),
    ).toEqual(['이름', '도시', '나이']);

    expect(dialogs).toBe(0);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
