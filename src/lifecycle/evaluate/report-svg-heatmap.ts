/** A confusion matrix as an inline SVG heat map: one cell per (truth, predicted) with its count. */
import { computeEscapedHtml as esc } from './model-card-html';
import { computeSvgNumber as n } from './report-svg';

/** How to draw the heat map. */
export interface SvgHeatmapOptions {
  /** The accessible name of the chart. */
  title: string;
  /** Label of the rows (the true class) and of the columns (the predicted class). */
  rowLabel: string;
  columnLabel: string;
  /** Counts in the report's locale. */
  format: (value: number) => string;
}

/** The blue of a cell whose count is `share` (0–1) of the largest count. */
export function computeHeatColour(share: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  const channel = (light: number, dark: number) => Math.round(light + (dark - light) * t);
  const hex = (v: number) => v.toString(16).padStart(2, '0');
  return `#${hex(channel(247, 8))}${hex(channel(251, 69))}${hex(channel(255, 148))}`;
}

/** A square matrix (rows truth × columns predicted, in `labels` order) as one <svg> element. */
export function computeSvgHeatmap(
  labels: readonly string[],
  matrix: readonly (readonly number[])[],
  options: SvgHeatmapOptions,
): string {
  const k = labels.length;
  const cell = Math.max(28, Math.min(64, Math.floor(480 / Math.max(1, k))));
  const longest = Math.max(1, ...labels.map((l) => Math.min(l.length, 16)));
  const left = 40 + longest * 7;
  const top = 24;
  const width = left + k * cell + 12;
  const height = top + k * cell + 40 + longest * 5;
  const largest = Math.max(1, ...matrix.flat());
  const short = (label: string) => (label.length > 16 ? `${label.slice(0, 15)}…` : label);
  const cells: string[] = [];
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      const count = matrix[r]?.[c] ?? 0;
      const share = count / largest;
      const x = left + c * cell;
      const y = top + r * cell;
      cells.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${cell}" height="${cell}" fill="${computeHeatColour(share)}" stroke="#ffffff"/>` +
          `<text x="${n(x + cell / 2)}" y="${n(y + cell / 2 + 4)}" text-anchor="middle" fill="${share > 0.5 ? '#ffffff' : '#1b1f24'}" class="count">${esc(options.format(count))}</text>`,
      );
    }
  }
  const rowNames = labels.map(
    (label, r) =>
      `<text x="${left - 6}" y="${n(top + r * cell + cell / 2 + 4)}" text-anchor="end">${esc(short(label))}</text>`,
  );
  const columnNames = labels.map((label, c) => {
    const x = n(left + c * cell + cell / 2);
    const y = n(top + k * cell + 12);
    return `<text transform="translate(${x} ${y}) rotate(-30)" text-anchor="end">${esc(short(label))}</text>`;
  });
  const axisTitles =
    `<text x="${n(left + (k * cell) / 2)}" y="${height - 6}" text-anchor="middle">${esc(options.columnLabel)}</text>` +
    `<text x="${left}" y="14" text-anchor="start">${esc(options.rowLabel)} ↓</text>`;
  return [
    `<svg viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" class="chart heatmap">`,
    `<title>${esc(options.title)}</title>`,
    ...cells,
    ...rowNames,
    ...columnNames,
    axisTitles,
    '</svg>',
  ].join('\n');
}
