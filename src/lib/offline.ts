// Offline reading: each language has its own service worker at its prefix (/sw.js, /zh/sw.js), whose
// scope is that language's pages, written after the build by scripts/service-worker.ts. Every page
// registers its language's worker from a small inline module (hashed into the page's CSP).
import { createHash } from 'node:crypto';
import { LANGUAGES, type Lang } from '../i18n/languages';

/** A language's service worker, site-relative without the base path: '/sw.js', '/zh/sw.js'. */
export const workerPath = (lang: Lang) => `${LANGUAGES[lang].prefix}/sw.js`;

/** The id of the line that says a newer version of the site is out. */
export const UPDATE_NOTE_ID = 'sw-update';

/**
 * Where a page whose script loads after its first paint (src/integrations/paint-first.ts) keeps a
 * promise, on `self`, that settles once that script has started (or failed to).
 */
export const PAGE_SCRIPT_STARTED = 'pageScriptStarted';

/**
 * The inline module that registers the worker at `src` where the browser has service workers (elsewhere
 * it does nothing). It registers after the page's `load` event and, on a page whose script starts after
 * its first paint (the checker), once that script has started: the worker's first visit downloads the
 * whole site of the language (scripts/service-worker.ts), which must not compete with the page's own
 * files on a slow network or for a cheap phone's CPU (registered at once, at 4x CPU slowdown, the
 * checker's questions were usable about 290 ms later: medians 1,394 and 1,403 ms against 1,108 and
 * 1,098 ms, /check/ and /zh/check/, 7 December 2026). A page opened from the worker's copy (a
 * controller at load) shows the update line when a newer build of the same worker takes over (it
 * activates at once, see scripts/service-worker.ts): the page on screen is then older than the site. A
 * first visit has no controller, and a worker of another language's scope taking over is not a new
 * build: neither shows it.
 */
export function registration(src: string): string {
  return (
    `const w=navigator.serviceWorker,c=w?.controller;` +
    `w&&addEventListener("load",()=>Promise.resolve(self.${PAGE_SCRIPT_STARTED}).then(()=>w.register(${JSON.stringify(src)})).catch(()=>{}));` +
    `c&&w.addEventListener("controllerchange",()=>{if(w.controller?.scriptURL===c.scriptURL)document.getElementById(${JSON.stringify(UPDATE_NOTE_ID)}).hidden=!1})`
  );
}

/** The hash Astro's CSP API takes for an inline script: 'sha256-…' without quotes. */
export const scriptHash = (code: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(code).digest('base64')}`;
