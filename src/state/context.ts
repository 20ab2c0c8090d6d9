import { createContext } from 'svelte';
import type { Lab } from '../api/types';
import type { LocaleState } from './locale.svelte';
import type { Notices } from './notices.svelte';
import type { Router } from './router.svelte';
import type { StorageHealthState } from './storage-health.svelte';

/** What every component of the app shell can reach. */
export interface AppContext {
  lab: Lab;
  locale: LocaleState;
  router: Router;
  notices: Notices;
  storageHealth: StorageHealthState;
  /** Subscribes to committed writes to the lab's database; returns the unsubscribe. */
  onDataChange: (listener: (tables: ReadonlySet<string>) => void) => () => void;
}

/** `getAppContext()` inside any component under App; App calls `setAppContext`. */
export const [getAppContext, setAppContext] = createContext<AppContext>();
