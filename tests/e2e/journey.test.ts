import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { useLab } from './harness';

const lab = useLab();
const projectName = 'Churn in the first month';

describe('a new user’s first visit', () => {
  it('switches to Korean and back, creates a project, and finds it again after a reload', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();

    // Korean, then English again.
    await page.getByRole('combobox', { name: en['language.label'] }).selectOption('ko');
    await page.getByRole('navigation', { name: ko['nav.main'] }).waitFor();
    await page.getByRole('link', { name: ko['nav.settings'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.getByRole('combobox', { name: ko['language.label'] }).selectOption('en');
    await page.getByRole('navigation', { name: en['nav.main'] }).waitFor();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();

    // Create a project through the form: the lab opens its Plan page.
    await page.getByRole('textbox', { name: en['home.create.name'] }).fill(projectName);
    await page
      .getByRole('textbox', { name: en['home.create.problem'] })
      .fill('Which new customers will cancel within 30 days?');
    await page.getByRole('button', { name: en['home.create.submit'] }).click();
    const stagesNav = page.getByRole('navigation', {
      name: en['nav.stages'].replace('{project}', projectName),
    });
    await stagesNav.waitFor();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    expect(page.url()).toMatch(/#\/projects\/[^/]+\/plan$/);
    const planUrl = page.url();

    // Reload on the Plan page: still there, with the project's name.
    await tab.reload();
    expect(page.url()).toBe(planUrl);
    await stagesNav.waitFor();
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();
    await page.getByText(projectName).first().waitFor();
    const stored = await tab.run((lab) => lab.projects.list().then((l) => l.map((p) => p.name)));
    expect(stored).toEqual([projectName]);

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
