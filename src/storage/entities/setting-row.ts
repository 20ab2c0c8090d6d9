/** One user setting (`settings`): a key and any structured-cloneable value. */
export interface SettingRow {
  key: string;
  value: unknown;
}
