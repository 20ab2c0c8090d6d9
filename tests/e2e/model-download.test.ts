import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { shareModelEn } from '../../src/i18n/blocks/share-model.en';
import { createSampleProject, trainRun } from './lab-setup';
import { useLab } from './harness';

const lab = useLab();

const files = [
  'README.md',
  'group1-shard1of1.bin',
  'input-schema.json',
  'model.json',
  'preprocessing.json',
];

interface ModelJson {
  format: string;
  weightsManifest: { paths: string[]; weights: { shape: number[]; dtype: string }[] }[];
}

describe('downloading a model on its own from the Deploy page', () => {
  it('packages the version, then saves a zip with the TensorFlow.js model and its preprocessing', async () => {
    const tab = await lab.openTab();
    const { page } = tab;
    const ids = await createSampleProject(tab, {
      name: 'Model download',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const run = await trainRun(tab, ids, { hyper: { epochs: 5 } });
    const versionId = await tab.run(
      async (lab, runId) => (await lab.deploy.register(runId, 'penguins')).id,
      run.id,
    );
    await page.goto(`${lab.url}#/projects/${ids.projectId}/deploy`);
    const button = page.getByTestId(`download-model-${versionId}`);
    expect(await button.textContent()).toContain(shareModelEn['share.model.download']);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      button.click(),
    ]);
    expect(download.suggestedFilename()).toBe('penguins-v1.zip');
    const zipped = new Uint8Array(await readFile(await download.path()));
    const unzipped = unzipSync(zipped);
    expect(Object.keys(unzipped).sort()).toEqual(files.map((name) => `penguins-v1/${name}`));

    const text = (name: string) => new TextDecoder().decode(unzipped[`penguins-v1/${name}`]);
    const modelJson = JSON.parse(text('model.json')) as ModelJson;
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.weightsManifest.flatMap((group) => group.paths)).toEqual([
      'group1-shard1of1.bin',
    ]);
    // The weight file holds every listed float32 weight, and nothing else.
    const listed = modelJson.weightsManifest
      .flatMap((group) => group.weights)
      .reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1) * 4, 0);
    expect(unzipped['penguins-v1/group1-shard1of1.bin']!.byteLength).toBe(listed);
    expect(text('README.md')).toContain('# penguins v1');

    // Downloading packaged the version; the facade gives the same zip, and the package's schema.
    const facade = await tab.run(
      async (lab, { projectId, versionId }) => {
        const versions = await lab.deploy.versions(projectId);
        const version = versions.find((v) => v.id === versionId);
        const pkg = await lab.deploy.package(versionId);
        const blob = await lab.share.exportModel(versionId);
        return {
          packageId: version?.packageId ?? null,
          pkgId: pkg.id,
          inputSchema: pkg.manifest.inputSchema,
          type: blob.type,
          bytes: Array.from(new Uint8Array(await blob.arrayBuffer())),
        };
      },
      { projectId: ids.projectId, versionId },
    );
    expect(facade.packageId).toBe(facade.pkgId);
    expect(facade.type).toBe('application/zip');
    expect(facade.bytes).toEqual(Array.from(zipped));
    expect(JSON.parse(text('input-schema.json'))).toEqual(facade.inputSchema);
    await page.getByTestId(`version-${versionId}`).locator('code').waitFor();
    expect(tab.watch.problems()).toEqual([]);
    expect(tab.watch.violations).toEqual([]);
  }, 240_000);
});
