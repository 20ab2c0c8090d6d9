/**
 * Registers the service worker of the built lab (offline use, headers on static hosts).
 * Not in development: Vite's dev server must not be shadowed by a cache.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}service-worker.js`, {
      type: 'module',
      scope: import.meta.env.BASE_URL,
    });
  } catch (error) {
    // Offline use is a convenience: the lab works without it (e.g. in a private window).
    console.info('Lifecycle Lab: offline mode unavailable:', error);
  }
}
