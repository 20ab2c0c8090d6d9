import type { MonitorReplayOptions } from '../../../api/monitor-types';
import type {
  AlertRule,
  CovariatePattern,
  Scenario,
} from '../../../lifecycle/monitor/monitor-types';
import { defaultAlertRules } from '../../../lifecycle/monitor/retrain-defaults';
import type { RetrainSettings } from '../../../lifecycle/monitor/retrain-types';
import type { Task } from '../../../lifecycle/plan/types';
import { LabError } from '../../../shared/lab-error';

/** The scenario kinds offered in the replay form. */
export const scenarioKinds = [
  'none',
  'covariate',
  'prior',
  'concept',
  'missing',
  'unseen-category',
] as const satisfies readonly Scenario['kind'][];

/** What the replay form holds: the inputs' values, numbers as typed text. */
export interface ReplayForm {
  endpoint: string;
  source: string;
  order: 'shuffle' | 'time';
  seed: string;
  windowSize: string;
  /** Events per second; empty: as fast as possible. */
  speed: string;
  labelDelay: string;
  scenario: Scenario['kind'];
  pattern: CovariatePattern;
  /** Covariate shift and missing-value surge: the columns touched. */
  columns: string[];
  /** Covariate shift, in standard deviations. */
  shift: string;
  /** Onset as a percentage (0–100) of the stream. */
  onsetPercent: string;
  /** Recurring covariate shift: events per half-cycle. */
  period: string;
  /** Prior shift and concept drift: the target column. */
  target: string;
  /** Prior shift: weight per class, as text `label=weight, label=weight`. */
  weights: string;
  /** Missing-value surge and unseen category: share of events touched, as a percentage. */
  ratePercent: string;
  /** Unseen category: the column and the new value. */
  column: string;
  value: string;
  /** Retrain policy watched during the replay. */
  retrainPolicy: 'none' | 'on-alert' | 'every';
  /** Every-N policy: labelled events between retrains. */
  retrainEvery: string;
  /** A performance alert (accuracy at or below, MAE at or above); empty: none. */
  performanceAlert: string;
}

/** A fresh form: newest source, seeded shuffle, windows of 100, no scenario. */
export function computeDefaultForm(endpoint = '', source = ''): ReplayForm {
  return {
    endpoint,
    source,
    order: 'shuffle',
    seed: '1',
    windowSize: '100',
    speed: '',
    labelDelay: '0',
    scenario: 'none',
    pattern: 'sudden',
    columns: [],
    shift: '2',
    onsetPercent: '50',
    period: '200',
    target: '',
    weights: '',
    ratePercent: '30',
    column: '',
    value: 'unseen',
    retrainPolicy: 'none',
    retrainEvery: '500',
    performanceAlert: '',
  };
}

function invalid(field: string, reason: string): LabError {
  return new LabError('INVALID_ARGUMENT', `${field}: ${reason}`, { params: { field, reason } });
}

function parseNumber(text: string, field: string, min: number, max = Infinity): number {
  if (text.trim() === '') throw invalid(field, 'required');
  const value = Number(text);
  if (!Number.isFinite(value)) throw invalid(field, 'not_finite');
  if (value < min || value > max) throw invalid(field, 'out_of_range');
  return value;
}

function parseInteger(text: string, field: string, min: number): number {
  const value = parseNumber(text, field, min);
  if (!Number.isInteger(value)) throw invalid(field, 'wrong_type');
  return value;
}

function required(text: string, field: string): string {
  if (text.trim() === '') throw invalid(field, 'required');
  return text.trim();
}

function parseColumns(columns: readonly string[]): string[] {
  if (columns.length === 0) throw invalid('columns', 'required');
  return [...columns];
}

/** Class weights from `label=weight` pairs separated by commas. */
export function parseWeights(text: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.lastIndexOf('=');
    const label = pair.slice(0, at).trim();
    if (at < 0 || label === '') throw invalid('weights', 'wrong_type');
    weights[label] = parseNumber(pair.slice(at + 1), 'weights', 0);
  }
  return weights;
}

/** The scenario the form describes; onset and rates turned from percentages into shares. */
export function parseScenario(form: ReplayForm): Scenario {
  if (form.scenario === 'none') return { kind: 'none' };
  const onset = parseNumber(form.onsetPercent, 'onset', 0, 100) / 100;
  switch (form.scenario) {
    case 'covariate': {
      const columns = parseColumns(form.columns);
      const shift = parseNumber(form.shift, 'shift', -Infinity);
      const scenario: Scenario = {
        kind: 'covariate',
        pattern: form.pattern,
        columns,
        shift,
        onset,
      };
      if (form.pattern === 'recurring') scenario.period = parseInteger(form.period, 'period', 1);
      return scenario;
    }
    case 'prior': {
      const weights = parseWeights(form.weights);
      if (Object.keys(weights).length === 0) throw invalid('weights', 'required');
      return { kind: 'prior', target: required(form.target, 'target'), weights, onset };
    }
    case 'concept':
      return { kind: 'concept', target: required(form.target, 'target'), onset };
    case 'missing': {
      const rate = parseNumber(form.ratePercent, 'rate', 0, 100) / 100;
      return { kind: 'missing', columns: parseColumns(form.columns), rate, onset };
    }
    case 'unseen-category': {
      const rate = parseNumber(form.ratePercent, 'rate', 0, 100) / 100;
      const column = required(form.column, 'column');
      return { kind: 'unseen-category', column, value: required(form.value, 'value'), rate, onset };
    }
  }
}

/** The alert rules: the default drift alert, plus the performance alert when one is set. */
export function parseAlertRules(form: ReplayForm, task: Task): AlertRule[] {
  if (form.performanceAlert.trim() === '') return [...defaultAlertRules];
  const value = parseNumber(form.performanceAlert, 'performanceAlert', 0);
  const rule: AlertRule =
    task === 'classification'
      ? { metric: 'accuracy', op: '<=', value, raiseAfter: 2, clearAfter: 2 }
      : { metric: 'mae', op: '>=', value, raiseAfter: 2, clearAfter: 2 };
  return [...defaultAlertRules, rule];
}

/** The retrain settings the form describes, or null for none. */
export function parseRetrain(form: ReplayForm): RetrainSettings | null {
  if (form.retrainPolicy === 'none') return null;
  if (form.retrainPolicy === 'on-alert') return { policy: { kind: 'on-alert' } };
  return {
    policy: { kind: 'every', labelled: parseInteger(form.retrainEvery, 'retrainEvery', 20) },
  };
}

/** The replay options the form describes (without `onWindow`); throws INVALID_ARGUMENT. */
export function parseReplayForm(
  form: ReplayForm,
  task: Task = 'classification',
): Omit<MonitorReplayOptions, 'onWindow'> {
  const options: Omit<MonitorReplayOptions, 'onWindow'> = {
    endpoint: required(form.endpoint, 'endpoint'),
    source: required(form.source, 'source'),
    order: form.order,
    seed: parseInteger(form.seed, 'seed', 0),
    windowSize: parseInteger(form.windowSize, 'windowSize', 1),
    labelDelay: parseInteger(form.labelDelay, 'labelDelay', 0),
    scenario: parseScenario(form),
  };
  if (form.speed.trim() !== '') options.speed = parseNumber(form.speed, 'speed', 0);
  options.alertRules = parseAlertRules(form, task);
  const retrain = parseRetrain(form);
  if (retrain) options.retrain = retrain;
  return options;
}
