// The service worker of each language, as it runs in the browser (bundled by esbuild, its precache list
// put in by Workbox's injectManifest: scripts/service-worker.ts). It keeps the language's files and
// answers from them; any other request is left to the browser, as if there were no worker.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

declare global {
  /** Where injectManifest puts the precache list. */
  var __WB_MANIFEST: PrecacheEntry[];
}

// A new build takes over at once, and the page on screen says it is older (src/lib/offline.ts).
addEventListener('install', () => (self as unknown as { skipWaiting(): Promise<void> }).skipWaiting());
clientsClaim();
cleanupOutdatedCaches();
// No page depends on its query (?q= on the search page; Pagefind's ?ts= on its entry).
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
