import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab, type LabTab } from './harness';

const lab = useLab();
const projectName = 'Penguins and Hangul';
const hangulCsv = fileURLToPath(new URL('../fixtures/import/hangul-cp949.csv', import.meta.url));
const hostileText = '<img src=x onerror=alert(1)>';

function versionItems(page: Page) {
  return page.getByRole('list', { name: en['data.versions.title'] }).getByRole('listitem');
}

function rowsRegion(page: Page) {
  return page.getByRole('region', { name: /^Rows of / });
}

async function storedVersions(tab: LabTab): Promise<number> {
  return tab.run((lab) =>
    lab.projects.list().then((list) => lab.data.versions(list[0]?.id ?? '').then((v) => v.length)),
  );
}

/** About 30 MB of CSV: 20 numeric-looking columns per row. */
function largeCsv(): Buffer {
  const header = Array.from({ length: 20 }, (_, i) => `c${i}`).join(',') + '\n';
  const lines: string[] = [header];
  let bytes = header.length;
  for (let row = 0; bytes < 30_000_000; row += 1) {
    const line =
      Array.from({ length: 20 }, (_, i) => (row * 31 + i * 7) % 100_003).join(',') + '\n';
    lines.push(line);
    bytes += line.length;
  }
  return Buffer.from(lines.join(''), 'utf8');
}

describe('the Data page', () => {
  it('imports penguins, a CP949 Korean CSV and hostile text, refuses an empty file and cancels a large import', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    // A new user creates a project and opens its Data page.
    await page.getByRole('textbox', { name: en['home.create.name'] }).fill(projectName);
    await page.getByRole('button', { name: en['home.create.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    await page
      .getByRole('navigation', { name: en['nav.stages'].replace('{project}', projectName) })
      .getByRole('link', { name: en['stage.data'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['stage.data'] }).waitFor();
    await page.getByText(en['data.versions.empty']).waitFor();

    // The penguins sample, from the list: a version of 344 rows, and the table shows Adelie.
    await page
      .getByRole('button', { name: en['data.samples.import'].replace('{name}', 'Palmer penguins') })
      .click();
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(1);
    await versionItems(page)
      .first()
      .getByText(/^344 rows · /)
      .waitFor();
    await rowsRegion(page).getByRole('cell', { name: 'Adelie' }).first().waitFor();

    // A CP949 Korean CSV through the file picker, encoding on automatic: Hangul intact.
    const picker = page.getByLabel(en['data.file.label']);
    expect(await page.getByLabel(en['data.options.encoding']).inputValue()).toBe('auto');
    await picker.setInputFiles(hangulCsv);
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(2);
    const rows = rowsRegion(page);
    await rows.getByRole('columnheader', { name: '도시' }).waitFor();
    await rows.getByRole('cell', { name: '김민준' }).waitFor();
    await rows.getByRole('cell', { name: '대구, 수성구', exact: true }).waitFor();
    await rows.getByRole('cell', { name: '박지호' }).waitFor();

    // Hostile cell text shows as text; no element is made from it.
    await picker.setInputFiles({
      name: 'hostile.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`name,note\nfirst,"${hostileText}"\n`, 'utf8'),
    });
    await expect.poll(() => versionItems(page).count(), { timeout: 30_000 }).toBe(3);
    await rows.getByRole('cell', { name: hostileText, exact: true }).waitFor();
    expect(await rows.locator('img').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // An empty file: a clear error naming the file, and nothing added.
    await picker.setInputFiles({
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(0),
    });
    const failure = page.getByRole('alert').filter({ hasText: 'empty.csv' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain(en['data.failed'].replace('{name}', 'empty.csv'));
    expect(await versionItems(page).count()).toBe(3);
    expect(await storedVersions(tab)).toBe(3);

    // A large import cancelled half-way adds no version.
    await picker.setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: largeCsv() });
    await page.getByRole('progressbar', { name: en['data.progress.label'] }).waitFor();
    await page.getByRole('button', { name: en['data.cancel'] }).click();
    await page
      .getByRole('status')
      .filter({ hasText: en['data.cancelled'].replace('{name}', 'large.csv') })
      .waitFor();
    expect(await versionItems(page).count()).toBe(3);
    expect(await storedVersions(tab)).toBe(3);

    expect(dialogs).toBe(0);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
  it('pages a million rows: only the visible rows exist, and End reaches the last row', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const { projectId, rows } = await tab.run(async (lab) => {
      const project = await lab.projects.create({ name: 'A million rows' });
      const lines = ['id,group'];
      for (let i = 0; i < 1_000_000; i += 1) lines.push(`${i},g${i % 7}`);
      const file = new File([lines.join('\n')], 'million.csv', { type: 'text/csv' });
      const result = await lab.data.importFile(project.id, file);
      return { projectId: project.id, rows: result.rows };
    });
    expect(rows).toBe(1_000_000);

    await tab.goto(`#/projects/${projectId}/data`);
    const region = rowsRegion(page);
    await region.getByRole('cell', { name: 'g0' }).first().waitFor();
    const bodyRows = region.locator('tbody tr');
    const rendered = await bodyRows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    // The scroll space is scaled under the browsers' element height cap.
    const scrollHeight = await region.evaluate((element) => element.scrollHeight);
    expect(scrollHeight).toBeLessThan(11_000_000);

    // Keyboard: focus the table, End goes to the last row, Home back to the first.
    await region.focus();
    await page.keyboard.press('End');
    await region.getByRole('rowheader', { name: '1,000,000', exact: true }).waitFor();
    await region.getByRole('cell', { name: '999,999', exact: true }).waitFor();
    expect(await bodyRows.count()).toBeLessThan(40);
    await page.keyboard.press('Home');
    await region.getByRole('rowheader', { name: '1', exact: true }).waitFor();

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
