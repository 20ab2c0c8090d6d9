/** Limitations the lab can state about a model from its run and last evaluation. */
import type { EvaluationReport } from '../lifecycle/evaluate/types';
import type { RunInfo } from '../lifecycle/train/run-types';

/** Rows under which a slice's metrics are too noisy to trust. */
const smallSlice = 20;

/** Plain sentences (through `t`) for the model card's limitations section. */
export function computeLimitations(
  report: EvaluationReport,
  run: RunInfo,
  t: (key: string, params?: Record<string, string | number>) => string,
): string[] {
  const out: string[] = [];
  if (report.rows < 100) out.push(t('card.limit.fewRows', { rows: report.rows }));
  for (const slice of report.slices) {
    const small = slice.slices.filter((s) => s.rows < smallSlice).map((s) => s.value);
    if (small.length > 0) {
      out.push(t('card.limit.smallSlices', { column: slice.column, values: small.join(', ') }));
    }
  }
  const { clean, points, metric } = report.robustness;
  const worst = points
    .filter((p) => p.value !== null && clean !== null)
    .map((p) => ({ ...p, drop: Math.abs((clean as number) - (p.value as number)) }))
    .sort((a, b) => b.drop - a.drop)[0];
  if (worst && clean !== null && worst.drop > 0.1 * Math.max(Math.abs(clean), 1e-9)) {
    out.push(t('card.limit.fragile', { metric, kind: worst.kind, strength: worst.strength }));
  }
  for (const note of run.notesFromData) {
    if (note.code === 'constant-column' && note.column) {
      out.push(t('card.limit.constant', { column: note.column }));
    }
  }
  if (report.gate.verdict === 'fail') out.push(t('card.limit.gate'));
  out.push(t('card.limit.scope', { version: run.versionId.slice(0, 12) }));
  return out;
}
