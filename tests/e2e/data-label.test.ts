import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';

const lab = useLab();
const hostileText = '<b>bold</b>';
/** Rows (0-based) whose label is empty: seven of twelve. */
const emptyRows = [1, 2, 4, 5, 7, 9, 11];

function labelCsv(): Buffer {
  const lines = ['text,size,label'];
  for (let row = 0; row < 12; row += 1) {
    const label = emptyRows.includes(row) ? '' : row % 2 === 0 ? 'spam' : 'ham';
    const text = row === 1 ? hostileText : `message ${row}`;
    lines.push(`"${text}",${row * 10},${label}`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key]));
}

function labelView(page: Page) {
  return page.getByRole('group', { name: en['data.label.view'] });
}

async function waitForRow(page: Page, row: number) {
  await labelView(page)
    .getByRole('heading', { name: fill(en['data.label.row'], { row: row + 1 }) })
    .waitFor();
}

describe('the labelling view', () => {
  it('labels five of seven empty targets by keyboard, skips one, and saves a child version', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const projectId = await tab.run(async (lab) => {
      const project = await lab.projects.create({ name: 'Spam or ham', target: 'label' });
      return project.id;
    });
    await tab.goto(`#/projects/${projectId}/data`);
    await page.getByRole('heading', { level: 1, name: en['stage.data'] }).waitFor();

    await page.getByLabel(en['data.file.label']).setInputFiles({
      name: 'messages.csv',
      mimeType: 'text/csv',
      buffer: labelCsv(),
    });
    const panel = page.getByRole('region', { name: en['data.label.title'] });
    await panel.getByText(fill(en['data.label.toLabel'], { n: 7, column: 'label' })).waitFor({
      timeout: 30_000,
    });
    const imported = await tab.run(
      (lab, id) => lab.data.versions(id).then((versions) => versions.map((v) => v.id)),
      projectId,
    );
    expect(imported).toHaveLength(1);

    await panel.getByRole('button', { name: en['data.label.start'] }).click();
    const view = labelView(page);
    await waitForRow(page, 1);
    // The row's cells are shown as text, never as markup.
    await view.getByText(hostileText, { exact: true }).waitFor();
    expect(await view.locator('b').count()).toBe(0);

    // 1 = spam, 2 = ham (the labels in use, in order of first appearance).
    await page.keyboard.press('1'); // row 1: spam
    await waitForRow(page, 2);
    await page.keyboard.press('2'); // row 2: ham
    await waitForRow(page, 4);
    await page.keyboard.press('s'); // row 4: skipped
    await waitForRow(page, 5);
    await page.keyboard.press('1'); // row 5: spam
    await waitForRow(page, 7);
    await page.keyboard.press('2'); // row 7: ham
    await waitForRow(page, 9);
    await page.keyboard.press('1'); // row 9: spam …
    await waitForRow(page, 11);
    await page.keyboard.press('Backspace'); // … back to row 9, which says what was chosen
    await waitForRow(page, 9);
    await view.getByText(fill(en['data.label.current'], { label: 'spam' })).waitFor();
    await page.keyboard.press('2'); // row 9: ham after all
    await waitForRow(page, 11);
    await view
      .getByText(fill(en['data.label.progress'], { labelled: 5, total: 7, skipped: 1 }))
      .waitFor();

    await page.keyboard.press('Enter');
    await panel.getByText(fill(en['data.label.saved'], { n: 5 })).waitFor({ timeout: 30_000 });
    await panel.getByText(fill(en['data.label.toLabel'], { n: 2, column: 'label' })).waitFor();

    const child = await tab.run(
      (lab, id) =>
        lab.data.versions(id).then((versions) => versions.find((v) => v.parents.length > 0)),
      projectId,
    );
    expect(child?.parents).toEqual(imported);
    expect(child?.step?.kind).toBe('label');
    const rows = await tab.run((lab, id) => lab.data.rows(id, { offset: 0, limit: 12 }), child!.id);
    const labels = rows.rows.map((row) => row[2]);
    expect(emptyRows.map((row) => labels[row])).toEqual([
      'spam',
      'ham',
      null,
      'spam',
      'ham',
      'ham',
      null,
    ]);
    expect(emptyRows.filter((row) => labels[row] !== null)).toHaveLength(5);
    // The cells that had labels keep them.
    expect(labels[0]).toBe('spam');
    expect(labels[3]).toBe('ham');

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
