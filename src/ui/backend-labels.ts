import type { BackendChoice, BackendMeasurement } from '../api/types';
import type { MessageKey, MessageParams } from '../i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A backend row's name for people: "WebGL", "WebAssembly, 4 threads". */
export function labelBackendRow(row: BackendMeasurement, t: Translate): string {
  const name = t(`backend.${row.backend}`);
  if (row.backend !== 'wasm') return name;
  return row.threads === 1
    ? t('settings.backend.rowOneThread', { backend: name })
    : t('settings.backend.rowThreads', { backend: name, threads: row.threads });
}

/** The Chosen column of a row: "In use · Fastest", or empty. */
export function labelChoiceMarks(
  row: BackendMeasurement,
  choice: BackendChoice,
  t: Translate,
): string {
  const marks: string[] = [];
  if (row.id === choice.chosen) marks.push(t('settings.backend.chosen'));
  if (row.id === choice.fastest) marks.push(t('settings.backend.fastest'));
  if (row.id === choice.override) marks.push(t('settings.backend.override'));
  return marks.join(' · ');
}

/** Rows the user may force: the available ones, plus the current override if it is not. */
export function selectableRows(choice: BackendChoice): BackendMeasurement[] {
  return choice.table.filter((row) => row.available || row.id === choice.override);
}
