import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';
import { createSampleProject, trainRun } from './lab-setup';

const lab = useLab();

describe('the evaluation report download on the Evaluate page', () => {
  it('downloads a standalone HTML report with the accuracy shown on the page and its charts', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const project = await createSampleProject(tab, {
      name: 'Report <download>',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, project, { hyper: { epochs: 10 } });
    await tab.run((lab, id) => lab.evaluate.run(id), run.id);
    await page.goto(`${lab.url}#/projects/${project.projectId}/evaluate`);
    const accuracy = page.getByTestId('metric-accuracy');
    await accuracy.waitFor();
    const shown = (await accuracy.textContent())?.trim() ?? '';
    expect(shown).toMatch(/^\d/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['report.download'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^evaluation-report-.*-test\.html$/);
    const html = await readFile(await download.path(), 'utf8');

    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<td>accuracy</td><td>' + shown + '</td>');
    expect(html).toContain('Report &lt;download&gt;');
    expect(html).not.toMatch(/<script|https?:/i);
    const charts = html.split('<svg ').length - 1;
    expect(charts).toBeGreaterThanOrEqual(3);
    expect(html.split('</svg>').length - 1).toBe(charts);
    // Three penguin species: one ROC line per species, and a 3 × 3 heat map of counts.
    expect([...html.matchAll(/class="count">/g)]).toHaveLength(9);
    expect(tab.watch.problems()).toEqual([]);
  }, 180_000);

  it('asking for the report of a run never evaluated says to evaluate it first', async () => {
    const tab = await lab.openTab();
    const project = await createSampleProject(tab, {
      name: 'Not evaluated',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, project, { hyper: { epochs: 2 } });
    const outcome = await tab.attempt((lab, id) => lab.share.reportHtml(id), run.id);
    expect(outcome).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(outcome.ok ? '' : outcome.message).toContain('evaluate it first');
  }, 180_000);
});
