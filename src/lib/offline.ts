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
 * The inline module that registers the worker at `src` where the browser has service workers (elsewhere
 * it does nothing). A page opened from the worker's copy (a controller at load) shows the update line
 * when a newer build of the same worker takes over (it activates at once, see scripts/service-worker.ts):
 * the page on screen is then older than the site. A first visit has no controller, and a worker of
 * another language's scope taking over is not a new build: neither shows it.
 */
export function registration(src: string): string {
  return (
    `const w=navigator.serviceWorker,c=w?.controller;w?.register(${JSON.stringify(src)}).catch(()=>{});` +
    `c&&w.addEventListener("controllerchange",()=>{if(w.controller?.scriptURL===c.scriptURL)document.getElementById(${JSON.stringify(UPDATE_NOTE_ID)}).hidden=!1})`
  );
}

/** The hash Astro's CSP API takes for an inline script: 'sha256-…' without quotes. */
export const scriptHash = (code: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(code).digest('base64')}`;
