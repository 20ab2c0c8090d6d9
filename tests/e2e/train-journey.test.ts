import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab, type LabTab } from './harness';

const lab = useLab();
const projectName = 'Penguin species gate';

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key]));
}

/** Opens a stage from the project's stage bar, as a user clicks it. */
async function openStage(page: Page, stage: 'plan' | 'train' | 'evaluate') {
  await page
    .getByRole('navigation', { name: fill(en['nav.stages'], { project: projectName }) })
    .getByRole('link', { name: en[`stage.${stage}`] })
    .click();
  await page.getByRole('heading', { level: 1, name: en[`stage.${stage}`] }).waitFor();
}

/** The project's runs as the facade lists them (read back for assertions only). */
async function listRuns(tab: LabTab, projectId: string) {
  return tab.run(
    (lab, id) =>
      lab.runs.list(id).then((runs) =>
        runs.map((r) => ({
          id: r.id,
          kind: r.kind,
          status: r.status,
          parentRunId: r.parentRunId ?? null,
          epochs: r.summary.epochs,
          best: r.search?.best?.runId ?? null,
          backend: r.environment?.backend ?? null,
        })),
      ),
    projectId,
  );
}

/** The test-split report of a run as the facade stores it. */
async function storedReport(tab: LabTab, runId: string) {
  return tab.run(
    (lab, id) =>
      lab.evaluate
        .report(id, { split: 'test' })
        .then((r) =>
          r === null ? null : { accuracy: r.metrics.accuracy ?? null, verdict: r.gate.verdict },
        ),
    runId,
  );
}

describe('a new user’s Train and Evaluate journey', () => {
  it('trains an MLP with live curves, evaluates it past the gate, searches, compares, fails a stricter gate and takes the model card home', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    // --- Set-up the Data stage already covers: the project, the penguins, a quick backend. ---
    const { projectId } = await tab.run(async (lab, name) => {
      const project = await lab.projects.create({
        name,
        task: 'classification',
        target: 'Species',
        criteria: [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      });
      await lab.data.importSample(project.id, 'penguins');
      // The Train form has no backend field: the Settings override picks one wasm thread.
      await lab.backend.use('wasm-1');
      return { projectId: project.id };
    }, projectName);
    await tab.goto(`#/projects/${projectId}`);
    await page.getByRole('heading', { level: 1, name: en['stage.plan'] }).waitFor();

    // --- 1. Train: the form comes prefilled; an MLP for 40 epochs, with live curves. ---
    await openStage(page, 'train');
    const form = page.getByTestId('train-form');
    await form.waitFor({ timeout: 30_000 });
    const defaults = await tab.run(async (lab, id) => {
      const [version] = await lab.data.versions(id);
      const d = await lab.train.defaults(id, version!.id);
      return { family: d.model.family, rate: d.hyper.learningRate, epochs: d.hyper.epochs };
    }, projectId);
    expect(await page.getByTestId('train-family').inputValue()).toBe(defaults.family);
    expect(Number(await page.getByTestId('train-learning-rate').inputValue())).toBe(defaults.rate);
    expect(Number(await page.getByTestId('train-epochs').inputValue())).toBe(defaults.epochs);
    await page.getByTestId('train-family').selectOption('mlp');
    await page.getByTestId('train-epochs').fill('40');
    await page.getByTestId('train-name').fill('first mlp');

    // Record every epoch counter and curve count the live panel shows, however fast it runs.
    await page.evaluate(() => {
      const seen: { epoch: string; paths: number }[] = [];
      (window as unknown as { liveLog: typeof seen }).liveLog = seen;
      const note = () => {
        const live = document.querySelector('[data-testid="train-live"]');
        const epoch = live?.querySelector('[data-testid="train-epoch"]')?.textContent?.trim();
        if (!live || !epoch) return;
        const paths = live.querySelectorAll('svg path.line-path').length;
        const last = seen[seen.length - 1];
        if (!last || last.epoch !== epoch || last.paths !== paths) seen.push({ epoch, paths });
      };
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.getByTestId('train-start').click();
    const live = page.getByTestId('train-live');
    await live
      .locator('[data-testid="train-status"] [data-status="done"]')
      .waitFor({ timeout: 150_000 });
    const liveLog = await page.evaluate(
      () => (window as unknown as { liveLog: { epoch: string; paths: number }[] }).liveLog,
    );
    const epochsSeen = liveLog
      .map((entry) => /(\d+)\D+(\d+)/.exec(entry.epoch))
      .filter((m) => m !== null)
      .map((m) => ({ epoch: Number(m[1]), of: Number(m[2]) }));
    expect(new Set(epochsSeen.map((e) => e.epoch)).size).toBeGreaterThanOrEqual(3);
    expect(epochsSeen.every((e) => e.of === 40)).toBe(true);
    const counters = epochsSeen.map((e) => e.epoch);
    expect(counters).toEqual([...counters].sort((a, b) => a - b));
    // The curves grow while it runs; at the end: loss and accuracy, each training and validation.
    expect(liveLog.filter((entry) => entry.paths > 0).length).toBeGreaterThanOrEqual(3);
    expect(await live.locator('svg.chart-line').count()).toBe(2);
    expect(await live.locator('svg.chart-line path.line-path').count()).toBe(4);

    const [firstRun] = await listRuns(tab, projectId);
    expect(firstRun?.status).toBe('done');
    expect(firstRun?.kind).toBe('train');
    expect(firstRun?.backend).toBe('wasm-1');
    expect(firstRun!.epochs).toBeGreaterThanOrEqual(3);
    expect(firstRun!.epochs).toBeLessThanOrEqual(40);
    expect(Math.max(...counters)).toBe(firstRun!.epochs);
    const firstId = firstRun!.id;

    // --- 2. Evaluate it: test accuracy from the page equals the stored report; gate passes. ---
    await openStage(page, 'evaluate');
    const runSelect = page.getByTestId('evaluate-run-select');
    await runSelect.waitFor({ timeout: 30_000 });
    expect(await runSelect.inputValue()).toBe(firstId);
    await page.getByTestId('evaluate-run').click();
    const accuracyCell = page.getByTestId('metric-accuracy');
    await accuracyCell.waitFor({ timeout: 120_000 });
    const shownAccuracy = Number(await accuracyCell.getAttribute('data-value'));
    expect(shownAccuracy).toBeGreaterThanOrEqual(0.95);
    const passed = await storedReport(tab, firstId);
    expect(passed).toEqual({ accuracy: shownAccuracy, verdict: 'pass' });
    await page.locator('[data-testid="gate-verdict"][data-verdict="pass"]').waitFor();
    expect(await page.getByTestId('gate-check-accuracy').getAttribute('data-pass')).toBe('true');

    // --- 3. Search: 8 random trials over learning rate × hidden layers, 15 epochs each. ---
    await openStage(page, 'train');
    await form.waitFor({ timeout: 30_000 });
    await page.getByTestId('train-family').selectOption('mlp');
    await page.getByTestId('train-epochs').fill('15');
    await page.getByTestId('search-strategy').selectOption('random');
    await page.getByTestId('search-learning-rate').fill('0.003, 0.01, 0.03');
    await page.getByTestId('search-hidden').fill('16; 32; 64');
    await page.getByTestId('search-runs').fill('8');
    await page.getByTestId('search-start').click();
    await expect
      .poll(
        async () => {
          const runs = await listRuns(tab, projectId);
          return runs.find((r) => r.kind === 'search')?.status ?? 'none';
        },
        { timeout: 300_000, interval: 2_000 },
      )
      .toBe('done');
    const runs = await listRuns(tab, projectId);
    const parent = runs.find((r) => r.kind === 'search')!;
    const trials = runs.filter((r) => r.parentRunId === parent.id);
    expect(trials).toHaveLength(8);
    expect(trials.every((r) => r.status === 'done' && r.epochs <= 15)).toBe(true);
    const bestId = parent.best!;
    expect(trials.map((r) => r.id)).toContain(bestId);
    // The best trial carries the mark in the runs table, and only it.
    const table = page.getByTestId('runs-table');
    await table.locator(`tr[data-run="${bestId}"] [data-testid="run-best"]`).waitFor({
      timeout: 30_000,
    });
    expect(await table.getByTestId('run-best').count()).toBe(1);

    // --- 4. Compare the first run with the best trial. ---
    await page.getByTestId(`run-select-${firstId}`).check();
    await page.getByTestId(`run-select-${bestId}`).check();
    const compare = page.getByTestId('runs-compare');
    const differences = compare.getByTestId('runs-compare-differences');
    await differences.waitFor({ timeout: 30_000 });
    const paths = await differences.locator('tbody th code').allTextContents();
    const expected = await tab.run(
      (lab, ids) => lab.runs.compare(ids).then((c) => c.differences.map((d) => d.path)),
      [firstId, bestId],
    );
    expect(paths).toEqual(expected);
    expect(paths.some((p) => p.includes('epochs'))).toBe(true);
    await compare.locator('svg.chart-parallel path').first().waitFor({ timeout: 15_000 });

    // --- 5. A stricter plan: accuracy ≥ 1.01 (no model reaches it) through the Plan form; the gate now fails. ---
    await openStage(page, 'plan');
    const criterion = page.getByRole('group', {
      name: fill(en['plan.criteria.row'], { n: 1 }),
    });
    const threshold = criterion.getByRole('textbox', { name: en['plan.criteria.value'] });
    expect(Number(await threshold.inputValue())).toBe(0.9);
    await threshold.fill('1.01');
    await page.getByRole('button', { name: en['plan.save'] }).click();
    await page.getByRole('status').filter({ hasText: en['plan.saved'] }).waitFor();
    const criteria = await tab.run(
      (lab, id) => lab.projects.get(id).then((p) => p.criteria),
      projectId,
    );
    expect(criteria.map((c) => [c.metric, c.op, c.value])).toEqual([['accuracy', '>=', 1.01]]);

    await openStage(page, 'evaluate');
    await runSelect.waitFor({ timeout: 30_000 });
    await runSelect.selectOption(firstId);
    await page.locator('[data-testid="gate-verdict"][data-verdict="pass"]').waitFor();
    await page.getByTestId('evaluate-run').click();
    await page
      .locator('[data-testid="gate-verdict"][data-verdict="fail"]')
      .waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('gate-check-accuracy').getAttribute('data-pass')).toBe('false');
    const failed = await storedReport(tab, firstId);
    expect(failed).toEqual({ accuracy: passed!.accuracy, verdict: 'fail' });
    expect(Number(await accuracyCell.getAttribute('data-value'))).toBe(failed!.accuracy);

    // --- 6. The model card: downloaded as HTML, and shown in the page. ---
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('model-card-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const card = readFileSync(await download.path(), 'utf8');
    expect(card).toMatch(/^<!doctype html>/i);
    expect(card).toContain(projectName);
    expect(card).toContain(en['modelCard.verdict.fail']);
    expect(card).toContain(`>${en['modelCard.fail']}<`);
    expect(card).not.toContain(en['modelCard.verdict.pass']);

    await page.getByTestId('model-card-view').click();
    const shown = page.getByTestId('model-card');
    await shown.waitFor({ timeout: 30_000 });
    await shown
      .getByRole('heading', { name: fill(en['modelCard.title'], { project: projectName }) })
      .waitFor();
    await shown.getByText(en['modelCard.verdict.fail']).waitFor();

    // --- 7. Nothing went wrong on the console or against the CSP. ---
    expect(dialogs).toBe(0);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  }, 360_000);
});
