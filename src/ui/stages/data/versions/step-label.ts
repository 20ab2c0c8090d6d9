import { isMessageKey, type MessageKey, type MessageParams } from '../../../../i18n';

/** A step kind in the page's language (the raw kind when the lab has no name for it). */
export function formatStepKind(
  kind: string,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  const key = `data.versions.step.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}
