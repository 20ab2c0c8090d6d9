/**
 * The README of an exported model: what each file is, the preprocessing in words, and a short
 * plain-JavaScript example (one `js` block) that loads the model, applies `preprocessing.json`
 * and predicts, in English or Korean.
 */
import type { PackageManifest } from '../deploy/types';
import type { ExportedPreprocessing } from './model-export-preprocessing';
import { modelExampleCode } from './model-readme-example';
import { readmeText, type ReadmeLocale } from './model-readme-text';

/** Names of the files of an exported model, inside its folder. */
export const modelExportFiles = {
  model: 'model.json',
  weights: 'group1-shard1of1.bin',
  preprocessing: 'preprocessing.json',
  inputSchema: 'input-schema.json',
  readme: 'README.md',
} as const;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}

function quoteList(values: readonly string[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > 12 ? ', …' : '');
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}

/** A plausible input object for the example command: means, first categories, `true`. */
export function computeSampleRow(
  exported: ExportedPreprocessing,
): Record<string, string | number | boolean> {
  const row: Record<string, string | number | boolean> = {};
  for (const f of exported.features) {
    if (f.transform === 'one-hot') {
      row[f.name] = f.type === 'boolean' ? f.categories.includes('1') : (f.categories[0] ?? '');
    } else if (f.type === 'datetime') {
      row[f.name] = new Date(Math.round(f.mean)).toISOString();
    } else {
      row[f.name] = f.type === 'integer' ? Math.round(f.mean) : round(f.mean);
    }
  }
  return row;
}

/** The README's one `js` block: a localized run line, then the shared example code. */
export function computeReadmeCode(exported: ExportedPreprocessing, locale: ReadmeLocale): string {
  const sample = JSON.stringify(computeSampleRow(exported)).replaceAll("'", "'\\''");
  return `// ${readmeText[locale].saveAs}\n// node predict.mjs '${sample}'\n${modelExampleCode}`;
}

/** The README.md text of an exported model in `locale`. */
export function computeModelReadme(
  manifest: PackageManifest,
  exported: ExportedPreprocessing,
  locale: ReadmeLocale,
): string {
  const t = readmeText[locale];
  const f = modelExportFiles;
  const lines = [
    `# ${manifest.name} v${manifest.version}`,
    '',
    fill(t.intro, {
      task: manifest.task === 'classification' ? t.classification : t.regression,
      target: manifest.target,
      count: exported.features.length,
    }),
    '',
    `## ${t.files}`,
    '',
    `- \`${f.model}\`: ${t.modelJson}`,
    `- \`${f.weights}\`: ${fill(t.weights, { bytes: manifest.model.weightBytes, parameters: manifest.model.parameters })}`,
    `- \`${f.preprocessing}\`: ${t.preprocessing}`,
    `- \`${f.inputSchema}\`: ${t.inputSchema}`,
    `- \`${f.readme}\`: ${t.readme}`,
    '',
    fill(t.vector, { width: exported.inputWidth }),
    '',
    ...exported.features.map((feature, i) => {
      const params = { name: feature.name, type: feature.type, width: feature.width };
      const line =
        feature.transform === 'standardize'
          ? fill(t.numeric, { ...params, mean: feature.mean, scale: feature.scale })
          : fill(t.oneHot, { ...params, categories: quoteList(feature.categories) });
      return `${i + 1}. ${line}`;
    }),
    '',
    exported.output.kind === 'class'
      ? fill(t.outputClass, { labels: quoteList(exported.output.labels) })
      : fill(t.outputNumber, {
          target: exported.output.target,
          mean: exported.output.mean,
          scale: exported.output.scale,
        }),
    '',
    `## ${t.example}`,
    '',
    fill(t.exampleHow, { tfjs: manifest.environment.tfjs }),
    '',
    '```js',
    computeReadmeCode(exported, locale).trimEnd(),
    '```',
    '',
    t.exampleBrowser,
    '',
    t.validation,
    '',
  ];
  return lines.join('\n');
}
