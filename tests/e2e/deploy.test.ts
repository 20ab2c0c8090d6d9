import { describe, expect, it } from 'vitest';
import { createSampleProject, trainRun } from './lab-setup';
import { useLab } from './harness';

const lab = useLab();

describe('deploying a model to a simulated endpoint', () => {
  it('registers, packages, serves the evaluated predictions, validates requests, splits traffic and rolls back', async () => {
    const tab = await lab.openTab();
    const ids = await createSampleProject(tab, {
      name: 'Penguins served',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const mlp = await trainRun(tab, ids, { hyper: { epochs: 20 } });
    const logistic = await trainRun(tab, ids, {
      model: { family: 'logistic' },
      hyper: { epochs: 20 },
    });
    const result = await tab.run(
      async (lab, { ids, mlpId, logisticId }) => {
        await lab.evaluate.run(mlpId);
        const v1 = await lab.deploy.register(mlpId, 'penguins', { note: 'first' });
        const v2 = await lab.deploy.register(logisticId, 'penguins');
        await lab.deploy.setAlias('penguins', 'champion', v1.id);
        await lab.deploy.setAlias('penguins', 'challenger', v2.id);
        const moved = await lab.deploy.setAlias('penguins', 'champion', v2.id, { note: 'swap' });
        await lab.deploy.setAlias('penguins', 'champion', v1.id);
        const pkg = await lab.deploy.package(v1.id);
        const again = await lab.deploy.package(v1.id);
        await lab.deploy.serve('penguins', { champion: v1.id });

        // The endpoint answers the test rows as the run did in evaluation.
        const evaluated = await lab.evaluate.predictions(mlpId);
        const features = pkg.manifest.inputSchema.map((f) => f.name);
        const rows = [];
        for (const row of evaluated.rows.slice(0, 20)) {
          const window = await lab.data.rows(ids.versionId, { offset: row, limit: 1 });
          rows.push(
            Object.fromEntries(
              features.map((f) => [f, window.rows[0]![window.columns.indexOf(f)] ?? null]),
            ),
          );
        }
        const served = await lab.serve.predict('penguins', rows);

        const refused = await lab.serve
          .predict('penguins', [
            { ...rows[0], Island: 'Atlantis' },
            { ...rows[1], 'Body Mass (g)': 'heavy' },
          ])
          .catch(
            (e: {
              code: string;
              params: Record<string, unknown>;
              row?: number;
              column?: string;
            }) => ({
              code: e.code,
              reason: e.params.reason,
              row: e.row,
              column: e.column,
            }),
          );
        await lab.deploy.serve('penguins', { champion: v1.id, errorPolicy: 'skip-row' });
        const skipped = await lab.serve.predict('penguins', [
          rows[0]!,
          { ...rows[1], Wings: 2 },
          { ...rows[2], Island: 'Atlantis' },
        ]);
        await lab.deploy.serve('penguins', {
          champion: v1.id,
          challenger: v2.id,
          strategy: 'canary',
          percent: 50,
        });
        const canary = await lab.serve.predict('penguins', rows);
        await lab.deploy.serve('penguins', {
          champion: v1.id,
          challenger: v2.id,
          strategy: 'shadow',
        });
        const shadow = await lab.serve.predict('penguins', rows.slice(0, 3));
        const rolledBack = await lab.deploy.rollback('penguins');
        const log = await lab.serve.log('penguins', { limit: 5 });
        const events = await lab.deploy.events(ids.projectId);
        return {
          v1,
          v2,
          moved: moved.map((v) => ({ id: v.id, aliases: v.aliases })),
          pkg,
          again,
          evaluated: evaluated.prediction.slice(0, 20),
          evaluatedProbabilities: evaluated.probabilities!.slice(0, 20),
          served,
          refused,
          skipped,
          canaryRoles: canary.answers.map((a) => a.role),
          shadow,
          rolledBack,
          log: log.length,
          events: events.map((e) => e.kind),
        };
      },
      { ids, mlpId: mlp.id, logisticId: logistic.id },
    );
    expect(result.v1.version).toBe(1);
    expect(result.v2.version).toBe(2);
    // Moving `champion` to v2 took it off v1; v2 keeps `challenger` too.
    const moved = new Map(result.moved.map((v) => [v.id, [...v.aliases].sort()]));
    expect(moved.get(result.v1.id)).toEqual([]);
    expect(moved.get(result.v2.id)).toEqual(['challenger', 'champion']);
    expect(result.pkg.id).toMatch(/^[0-9a-f]{64}$/);
    expect(result.again.id).toBe(result.pkg.id);
    expect(result.pkg.manifest.evaluation?.split).toBe('test');
    expect(result.pkg.manifest.modelCardHtml).toContain('<!doctype html>');
    expect(result.served.predictions).toEqual(result.evaluated);
    result.served.probabilities!.forEach((p, i) =>
      p.forEach((value, k) => expect(value).toBeCloseTo(result.evaluatedProbabilities[i]![k]!, 6)),
    );
    expect(result.served.answers.every((a) => a.packageId === result.pkg.id)).toBe(true);
    expect(result.refused).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'request-invalid',
      row: 0,
      column: 'Island',
    });
    expect(result.skipped.predictions[0]).not.toBeNull();
    expect(result.skipped.predictions[1]).toBeNull();
    expect(result.skipped.errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [1, 'Wings', 'unknown-field'],
      [2, 'Island', 'unknown-category'],
    ]);
    expect(result.canaryRoles).toContain('champion');
    expect(result.canaryRoles).toContain('challenger');
    expect(result.shadow.shadow?.modelVersionId).toBe(result.v2.id);
    expect(result.shadow.answers.every((a) => a.role === 'champion')).toBe(true);
    expect(result.rolledBack.strategy).toBe('canary');
    expect(result.log).toBe(5);
    expect(result.events).toContain('package');
    expect(result.events.filter((k) => k === 'register')).toHaveLength(2);
  }, 240_000);

  it('refuses a package whose bytes were altered, with a clear message', async () => {
    const tab = await lab.openTab();
    const ids = await createSampleProject(tab, {
      name: 'Tampered',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 5 } });
    const pkgId = await tab.run(async (lab, runId) => {
      const version = await lab.deploy.register(runId, 'tampered');
      const pkg = await lab.deploy.package(version.id);
      await lab.deploy.serve('tampered', { champion: version.id });
      // Flip one byte of the stored package, behind the lab's back.
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('lifecycle-lab');
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise<void>((resolve) => {
        const store = db.transaction('packages', 'readwrite').objectStore('packages');
        const get = store.get(pkg.id);
        get.onsuccess = () => {
          const row = get.result as { bytes: ArrayBuffer };
          const bytes = new Uint8Array(row.bytes.slice(0));
          const last = bytes.length - 1;
          bytes[last] = bytes[last]! ^ 0xff;
          store.put({ ...row, bytes: bytes.buffer }).onsuccess = () => resolve();
        };
      });
      db.close();
      return pkg.id;
    }, run.id);
    // A fresh page: the serve worker loads the package from storage again.
    await tab.reload();
    const refusal = await tab.run((lab) =>
      lab.serve
        .predict('tampered', [{}])
        .catch((e: { code: string; message: string }) => ({ code: e.code, message: e.message })),
    );
    expect(refusal).toMatchObject({ code: 'ARCHIVE_REJECTED' });
    expect((refusal as { message: string }).message).toContain(pkgId.slice(0, 12));
  }, 180_000);
});

describe('the Deploy page, tried as a new user would', () => {
  it('registers a run, packages it, deploys an endpoint and sends a request from the console', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const ids = await createSampleProject(tab, {
      name: 'Console',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    await trainRun(tab, ids, { hyper: { epochs: 10 } });
    await page.goto(`${lab.url}#/projects/${ids.projectId}/deploy`);
    await page.getByTestId('register-name').fill('penguins');
    await page.getByTestId('register-run').click();
    const versionRow = page.locator('[data-testid^="version-"]').first();
    await versionRow.waitFor();
    const versionId = (await versionRow.getAttribute('data-testid'))!.replace('version-', '');
    await page.getByTestId(`package-${versionId}`).click();
    await page.locator('[data-testid="packages"] article').first().waitFor();
    await page.getByTestId('endpoint-name').fill('penguins');
    await page.getByTestId('deploy-endpoint').click();
    await page.getByTestId('endpoint-penguins').waitFor();

    const console = page.getByTestId('request-console');
    await console.getByTestId('console-endpoint').selectOption('penguins');
    await console.getByTestId('send-request').click();
    await page.getByTestId('response-latency').waitFor();
    expect(await page.getByTestId('response-table').locator('tbody tr').count()).toBe(1);

    await console.getByTestId('request-body').fill('[{"Island": "Dream",}]');
    await console.getByTestId('send-request').click();
    await page.getByTestId('request-problem').waitFor();
    const log = await tab.run((lab) => lab.serve.log('penguins'));
    expect(log).toHaveLength(1);
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  }, 180_000);
});
