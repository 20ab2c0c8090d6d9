import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { createSampleProject, trainRun } from './lab-setup';

const lab = useLab();

describe('the runs table with 1,000 runs and long metric histories', () => {
  it('renders only the visible rows, scrolls to the oldest run, and compares downsampled curves', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    // One real run, then 999 copies of it (two with 2,000-epoch histories) written straight into the
    // lab's database (test data: the table must stay windowed, the curves downsampled).
    const ids = await createSampleProject(tab, {
      name: 'Many runs',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const { projectId } = ids;
    const trained = await trainRun(tab, ids, { hyper: { epochs: 2 } });
    await tab.run(async (_lab, run) => {
      const epochs = Array.from({ length: 2000 }, (_, i) => ({
        epoch: i + 1,
        metrics: { loss: 1 / (i + 1), val_loss: 1 / (i + 1) + (i % 97 === 0 ? 0.5 : 0) },
        ms: 1,
        samplesPerSecond: 1000,
      }));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('lifecycle-lab');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      // Stored as the lab stores runs: the row with its summary, the history in runEpochs.
      const { epochs: _epochs, ...row } = run;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['runs', 'runEpochs'], 'readwrite');
        for (let i = 1; i < 1000; i++) {
          const id = `copy-${String(i).padStart(4, '0')}`;
          const history = i <= 2 ? epochs : epochs.slice(0, 60);
          tx.objectStore('runs').put({
            ...row,
            id,
            name: `copy ${i}`,
            createdAt: run.createdAt - i * 1000,
            config: { ...run.config, seed: i },
            summary: { ...run.summary, epochs: history.length },
          });
          for (const record of history) {
            tx.objectStore('runEpochs').put({
              runId: id,
              projectId: run.projectId,
              epoch: record.epoch,
              record,
            });
          }
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, trained);
    await page.goto(`${lab.url}#/projects/${projectId}/train`);
    const table = page.getByTestId('runs-table');
    await table.waitFor();
    await expect
      .poll(() => tab.run((lab, id) => lab.runs.list(id).then((r) => r.length), projectId))
      .toBe(1000);
    await expect
      .poll(() => table.locator('tbody tr[data-run]').count(), { timeout: 30_000 })
      .toBeGreaterThan(3);
    expect(await table.locator('tbody tr[data-run]').count()).toBeLessThan(40);

    // The oldest run is the last row: scrolling to the end brings it into the window.
    await page.locator('.runs-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await table.locator('tbody tr[data-run="copy-0999"]').waitFor();
    expect(await table.locator('tbody tr[data-run]').count()).toBeLessThan(40);

    const comparison = await tab.run(
      (lab) => lab.runs.compare(['copy-0001', 'copy-0002'], { metric: 'val_loss' }),
      undefined,
    );
    const series = comparison.curves.flatMap((curve) => curve.series);
    expect(series.length).toBeGreaterThanOrEqual(4);
    for (const line of series) {
      expect(line.points.length).toBeLessThanOrEqual(200);
      expect(line.points[0]?.epoch).toBe(1);
      expect(line.points.at(-1)?.epoch).toBe(2000);
    }
    expect(comparison.differences.map((d) => d.path)).toEqual(['seed']);
    expect(tab.watch.problems()).toEqual([]);
  }, 180_000);
});
