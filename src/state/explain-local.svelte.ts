import type { ErrorRow, Lab } from '../api/types';
import { LabError, toLabError } from '../shared/lab-error';
import type { ExplainNamespace, FeatureRow, LocalExplanation } from './explain-types';

/** The part of the facade local explanations and the what-if panel call. */
export interface ExplainLocalLab {
  evaluate: Pick<Lab['evaluate'], 'report'>;
  explain: Pick<ExplainNamespace, 'local'>;
}

/** A feature value as the what-if form holds it. */
export type FeatureValue = FeatureRow[string];

/** A typed version row number (0-based, whole); throws INVALID_ARGUMENT otherwise. */
export function parseRowNumber(text: string): number {
  const trimmed = text.trim();
  const row = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(row) || row < 0) {
    throw new LabError('INVALID_ARGUMENT', `Not a row number: ${text}`, {
      params: { field: 'row', reason: 'out_of_range' },
    });
  }
  return row;
}

/**
 * Local explanations on the Explain page: the run's worst test errors to pick from, the
 * attributions of one row, and what-if edits of its features with the new prediction.
 */
export class ExplainLocal {
  errors = $state.raw<ErrorRow[]>([]);
  errorsStatus = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  local = $state.raw<LocalExplanation | null>(null);
  status = $state<'idle' | 'running' | 'ready' | 'error'>('idle');
  error = $state.raw<LabError | null>(null);
  /** The typed row was not a 0-based whole number (nothing was asked of the facade). */
  invalidRow = $state(false);
  /** The what-if form: the explained row's feature values, as edited. */
  draft = $state.raw<FeatureRow>({});
  whatIf = $state.raw<LocalExplanation | null>(null);
  whatIfStatus = $state<'idle' | 'running' | 'ready' | 'error'>('idle');
  whatIfError = $state.raw<LabError | null>(null);
  readonly #lab: ExplainLocalLab;
  #runId: string | null = null;
  #request = 0;
  #whatIfRequest = 0;

  constructor(lab: ExplainLocalLab) {
    this.#lab = lab;
  }

  /** Opens a run: forgets the last explanation and lists the run's worst test errors. */
  async open(runId: string | null): Promise<void> {
    if (runId === this.#runId) return;
    this.#runId = runId;
    this.#request += 1;
    this.#whatIfRequest += 1;
    this.local = null;
    this.status = 'idle';
    this.error = null;
    this.invalidRow = false;
    this.draft = {};
    this.whatIf = null;
    this.whatIfStatus = 'idle';
    this.whatIfError = null;
    this.errors = [];
    if (runId === null) {
      this.errorsStatus = 'idle';
      return;
    }
    const request = this.#request;
    this.errorsStatus = 'loading';
    try {
      const report = await this.#lab.evaluate.report(runId, { split: 'test' });
      if (request !== this.#request) return;
      this.errors = report?.worstErrors ?? [];
      this.errorsStatus = 'ready';
    } catch {
      if (request !== this.#request) return;
      this.errorsStatus = 'error';
    }
  }

  /** Explains one version row (a number, or typed text that must be one). */
  async explain(row: number | string): Promise<void> {
    const runId = this.#runId;
    if (runId === null || this.status === 'running') return;
    let index: number;
    try {
      index = typeof row === 'number' ? row : parseRowNumber(row);
    } catch {
      this.invalidRow = true;
      return;
    }
    const request = ++this.#request;
    this.invalidRow = false;
    this.error = null;
    this.status = 'running';
    try {
      const local = await this.#lab.explain.local(runId, index);
      if (request !== this.#request) return;
      this.local = local;
      this.draft = { ...local.features };
      this.whatIf = null;
      this.whatIfStatus = 'idle';
      this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Changes one feature value of the what-if form. */
  edit(feature: string, value: FeatureValue): void {
    this.draft = { ...this.draft, [feature]: value };
  }

  /** Puts the explained row's own values back into the what-if form. */
  restore(): void {
    this.draft = { ...(this.local?.features ?? {}) };
    this.whatIf = null;
    this.whatIfStatus = 'idle';
  }

  /** Predicts and explains the edited row (same output as the explained row). */
  async predict(): Promise<void> {
    const runId = this.#runId;
    if (runId === null || this.local === null || this.whatIfStatus === 'running') return;
    const request = ++this.#whatIfRequest;
    this.whatIfStatus = 'running';
    this.whatIfError = null;
    try {
      const whatIf = await this.#lab.explain.local(runId, { ...this.draft });
      if (request !== this.#whatIfRequest) return;
      this.whatIf = whatIf;
      this.whatIfStatus = 'ready';
    } catch (thrown) {
      if (request !== this.#whatIfRequest) return;
      this.whatIfStatus = 'error';
      this.whatIfError = toLabError(thrown);
    }
  }
}
