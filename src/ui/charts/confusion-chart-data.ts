/**
 * Pure shaping for the confusion matrix: one cell per (truth, predicted) pair with its share of
 * the truth row, the cell size, and the cell colour. No DOM: unit-tested in Node.
 */

/** One cell of a confusion matrix: rows are the truth, columns the prediction. */
export interface ConfusionCell {
  truth: number;
  predicted: number;
  truthLabel: string;
  predictedLabel: string;
  count: number;
  /** count ÷ the truth row's total (recall on the diagonal); 0 for an empty row. */
  share: number;
}

/** Every cell of a labels × labels count matrix, row-major; missing or non-finite counts are 0. */
export function computeConfusionCells(
  labels: readonly string[],
  matrix: readonly (readonly number[])[],
): ConfusionCell[] {
  const cells: ConfusionCell[] = [];
  labels.forEach((truthLabel, truth) => {
    const row = labels.map((_, predicted) => {
      const count = matrix[truth]?.[predicted] ?? 0;
      return Number.isFinite(count) && count > 0 ? count : 0;
    });
    const total = row.reduce((sum, count) => sum + count, 0);
    row.forEach((count, predicted) => {
      cells.push({
        truth,
        predicted,
        truthLabel,
        predictedLabel: labels[predicted] ?? '',
        count,
        share: total > 0 ? count / total : 0,
      });
    });
  });
  return cells;
}

/** Side of one square cell in SVG units: smaller as the classes grow. */
export function computeConfusionCellSize(classes: number): number {
  if (classes <= 4) return 64;
  if (classes <= 8) return 48;
  if (classes <= 14) return 36;
  return 26;
}

/** A cell's fill: the accent colour mixed into the surface in proportion to its row share. */
export function computeShareFill(share: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return `color-mix(in srgb, var(--accent) ${percent}%, var(--surface))`;
}

/** Whether a cell's count is written in the contrast colour (on a dark enough fill). */
export function isStrongShare(share: number): boolean {
  return share >= 0.55;
}
