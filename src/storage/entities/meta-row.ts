/** Keys of the `meta` table: facts about the database itself, not user data. */
export type MetaKey = 'appDataVersion';

/** One fact about the database (`meta`). */
export interface MetaRow {
  key: MetaKey;
  value: number;
}
