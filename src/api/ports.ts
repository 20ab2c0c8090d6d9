/**
 * Small interfaces the facade's namespaces depend on, so each can be built and tested alone.
 */

/** Key-value settings kept in the database (`settings` table). */
export interface SettingsStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}
