import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useLab } from './harness';

const lab = useLab();
const bodyMass = 'Body Mass (g)';

describe('versions and lineage of the penguins', () => {
  it('shows 3 versions joined by 2 labelled steps, diffs first and last, and exports CSV', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const ids = await tab.run(async (lab) => {
      const project = await lab.projects.create({ name: 'Penguins lineage' });
      const imported = await lab.data.importSample(project.id, 'penguins');
      const mass = await lab.data.apply(imported.versionId, {
        kind: 'impute',
        columns: ['Body Mass (g)'],
        strategy: 'mean',
      });
      const sex = await lab.data.apply(mass.versionId, {
        kind: 'impute',
        columns: ['Sex'],
        strategy: 'mode',
      });
      const diff = await lab.data.diff(imported.versionId, sex.versionId);
      const columns = (await lab.data.version(sex.versionId)).schema.columns.map((c) => c.name);
      return {
        projectId: project.id,
        first: imported.versionId,
        middle: mass.versionId,
        last: sex.versionId,
        missing: diff.stats.find((s) => s.name === 'Body Mass (g)')?.missing ?? null,
        columns,
      };
    });
    expect(ids.missing).toEqual({ a: 2, b: 0, delta: -2 });

    await tab.goto(`#/projects/${ids.projectId}/data`);
    const panel = page.getByRole('region', { name: en['data.versions.graph.title'], exact: true });
    await panel.waitFor({ timeout: 30_000 });

    // The graph: 3 nodes, 2 edges, each edge labelled with its step.
    const graph = panel.getByTestId('version-graph');
    const nodes = graph.locator('g.version-node');
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBe(3);
    const edges = graph.locator('g.version-edge');
    expect(await edges.count()).toBe(2);
    const edgeInfo = await edges.evaluateAll((gs) =>
      gs.map((g) => [g.getAttribute('data-from'), g.getAttribute('data-to'), g.textContent]),
    );
    const impute = en['data.versions.step.impute'];
    expect(edgeInfo).toEqual([
      [ids.first, ids.middle, impute],
      [ids.middle, ids.last, impute],
    ]);
    expect(
      await graph.locator(`g.version-node[data-version-id="${ids.first}"]`).textContent(),
    ).toContain(en['data.versions.step.import']);

    // Clicking a node selects that version.
    await graph.locator(`g.version-node[data-version-id="${ids.first}"]`).click();
    await expect
      .poll(() => panel.getAttribute('data-version'), { timeout: 15_000 })
      .toBe(ids.first);
    await expect
      .poll(() => graph.locator('g.version-node.selected').getAttribute('data-version-id'))
      .toBe(ids.first);

    // The diff of the first and the last version: Body Mass (g) missing 2 → 0.
    const diffView = panel.getByTestId('version-diff');
    await diffView.getByLabel(en['data.versions.diff.a']).selectOption(ids.first);
    await diffView.getByLabel(en['data.versions.diff.b']).selectOption(ids.last);
    await diffView.getByRole('button', { name: en['data.versions.diff.run'] }).click();
    const missing = diffView.locator(`tr[data-column="${bodyMass}"] td[data-stat="missing"]`);
    await missing.waitFor({ timeout: 15_000 });
    expect(await missing.getAttribute('data-a')).toBe('2');
    expect(await missing.getAttribute('data-b')).toBe('0');

    // Export CSV downloads a file whose first line is the header.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: en['data.versions.export.button'] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.split('\r\n')[0]).toBe(ids.columns.join(','));
    expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(345);

    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  });
});
