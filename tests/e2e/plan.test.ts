import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { useLab } from './harness';

const lab = useLab();
const projectName = 'Penguin species';

function criterion(page: Page, n: number) {
  return page.getByRole('group', { name: en['plan.criteria.row'].replace('{n}', String(n)) });
}

function historyItems(page: Page) {
  return page.getByRole('list', { name: en['plan.history.title'] }).getByRole('listitem');
}

describe('the Plan page', () => {
  it('edits the plan, keeps it and its history across a reload, explains a bad threshold, and speaks Korean', async () => {
    const tab = await lab.openTab();
    const { page } = tab;

    await page.getByRole('textbox', { name: en['home.create.name'] }).fill(projectName);
    await page.getByRole('button', { name: en['home.create.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    await expect.poll(() => historyItems(page).count()).toBe(1);

    // A project with only a name has no plan yet: the stage bar says so.
    const planState = () => page.locator('.stage-nav-item').first().getAttribute('data-state');
    expect(await planState()).toBe('empty');

    // Two success criteria and a latency budget, then save.
    const add = page.getByRole('button', { name: en['plan.criteria.add'] });
    await add.click();
    await add.click();
    await criterion(page, 1).getByRole('textbox', { name: en['plan.criteria.value'] }).fill('0.9');
    await criterion(page, 2)
      .getByRole('combobox', { name: en['plan.criteria.metric'] })
      .selectOption('f1_macro');
    await criterion(page, 2).getByRole('textbox', { name: en['plan.criteria.value'] }).fill('0.85');
    await page.getByRole('textbox', { name: en['plan.field.latency'] }).fill('50');
    await page.getByRole('button', { name: en['plan.save'] }).click();
    await page.getByRole('status').filter({ hasText: en['plan.saved'] }).waitFor();
    // The stage bar follows the save without a reload.
    await expect.poll(planState).toBe('has-results');

    // Reload: the values are kept and the history has the creation and the edit.
    await tab.reload();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    const threshold1 = criterion(page, 1).getByRole('textbox', { name: en['plan.criteria.value'] });
    await threshold1.waitFor();
    expect(await threshold1.inputValue()).toBe('0.9');
    const metric2 = criterion(page, 2).getByRole('combobox', { name: en['plan.criteria.metric'] });
    expect(await metric2.inputValue()).toBe('f1_macro');
    expect(
      await criterion(page, 2)
        .getByRole('textbox', { name: en['plan.criteria.value'] })
        .inputValue(),
    ).toBe('0.85');
    expect(await page.getByRole('textbox', { name: en['plan.field.latency'] }).inputValue()).toBe(
      '50',
    );
    await expect.poll(() => historyItems(page).count()).toBe(2);
    const stored = await tab.run((lab) =>
      lab.projects.list().then((l) => lab.projects.history(l[0]?.id ?? '')),
    );
    expect(stored.map((e) => [e.seq, e.kind, e.changed])).toEqual([
      [2, 'updated', ['criteria', 'latencyBudgetMs']],
      [1, 'created', ['name']],
    ]);

    // An old version can be opened.
    await page.getByRole('button', { name: en['plan.history.view'].replace('{n}', '1') }).click();
    await page.getByRole('heading', { level: 3, name: /^Version 1, saved / }).waitFor();

    // An unreadable threshold: the error sits next to that field and nothing is saved.
    await threshold1.fill('abc');
    await page.getByRole('button', { name: en['plan.save'] }).click();
    const error = page.locator('#plan-error-criteria-0-value');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      `${en['plan.criteria.value']}: ${en['invalid.not_finite']}`,
    );
    expect(await threshold1.getAttribute('aria-invalid')).toBe('true');
    expect(await threshold1.getAttribute('aria-describedby')).toBe('plan-error-criteria-0-value');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('plan-criterion-0-value');
    expect(await historyItems(page).count()).toBe(2);

    // Korean: the Plan page's labels follow.
    await page.getByRole('combobox', { name: en['language.label'] }).selectOption('ko');
    await page.getByRole('heading', { level: 1, name: ko['stage.plan'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: ko['plan.form.title'] }).waitFor();
    await page.getByRole('textbox', { name: ko['plan.field.hypothesis'] }).waitFor();
    await page.getByRole('textbox', { name: ko['plan.field.latency'] }).waitFor();
    await page.getByRole('group', { name: ko['plan.field.criteria'] }).waitFor();
    await page.getByRole('button', { name: ko['plan.criteria.add'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: ko['plan.history.title'] }).waitFor();
    expect(await error.textContent()).toBe(
      `${ko['plan.criteria.value']}: ${ko['invalid.not_finite']}`,
    );

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
