/// <reference lib="webworker" />
/**
 * The lab's service worker: precaches the whole build so the lab loads and works offline after
 * one visit, and adds the lab's headers (cross-origin isolation and the CSP) to what it serves,
 * so a plain static host that sends no headers still gets them from the second load on.
 */
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { builtLabHeaders } from '../src/shared/security-headers';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

/** A copy of a same-origin response with the lab's headers set. */
function withLabHeaders(response: Response): Response {
  if (response.type === 'opaque' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(builtLabHeaders)) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

addPlugins([{ handlerWillRespond: async ({ response }) => withLabHeaders(response) }]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
