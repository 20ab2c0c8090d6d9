import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';

const lab = useLab();

describe('the feasibility summary on the Plan page', () => {
  it('shows the penguins rows, class balance and a baseline accuracy of 152/344 that does not pass', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const projectId = await tab.run(async (lab) => {
      const project = await lab.projects.create({
        name: 'Penguins, how far from free',
        task: 'classification',
        target: 'Species',
        criteria: [
          { metric: 'accuracy', op: '>=', value: 0.9 },
          { metric: 'f1_macro', op: '>=', value: 0.8 },
        ],
      });
      await lab.data.importSample(project.id, 'penguins');
      return project.id;
    });

    await tab.goto(`#/projects/${projectId}/plan`);
    const summary = page.getByRole('region', { name: en['plan.feasibility.title'] });
    const rows = summary.locator('[data-fact="rows"] dd');
    await rows.waitFor({ timeout: 30_000 });
    expect(await rows.getAttribute('data-value')).toBe('344');
    expect(await rows.textContent()).toBe('344');

    // The class balance of Species, most frequent first.
    const balance = summary.getByRole('list', {
      name: en['plan.feasibility.balance'].replace('{target}', 'Species'),
    });
    const classes = await balance
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => [li.dataset['label'], li.dataset['count']]));
    expect(classes).toEqual([
      ['Adelie', '152'],
      ['Gentoo', '124'],
      ['Chinstrap', '68'],
    ]);

    // The majority class scores 152/344 ≈ 0.442 on accuracy: not free; f1_macro is not either.
    const accuracy = summary.locator('tr[data-metric="accuracy"]');
    expect(await accuracy.getAttribute('data-passes')).toBe('false');
    const baseline = accuracy.locator('td').nth(1);
    expect(Number(await baseline.getAttribute('data-value'))).toBe(152 / 344);
    expect(await baseline.textContent()).toContain('0.442');
    expect(await accuracy.textContent()).toContain(en['plan.feasibility.notFree']);
    expect(await summary.locator('tr[data-metric="f1_macro"]').getAttribute('data-passes')).toBe(
      'false',
    );

    // With data in, the target is picked from the version's columns.
    const target = page.getByRole('combobox', { name: en['plan.field.target'] });
    expect(await target.inputValue()).toBe('Species');
    const options = await target.locator('option').allTextContents();
    expect(options).toContain('Body Mass (g)');
  });
});
