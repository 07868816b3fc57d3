// Astro integration: the page paints before any of its scripts load. After the build, each page's module
// script (<script type="module" src>) becomes a small inline module that waits for the first paint,
// then preloads every module the script imports, directly or not, and imports it: one round trip for
// all of them, none of them fetched, parsed or run before the page is on screen. Its hash joins the
// page's Content-Security-Policy <meta>.
//
// Why: the checker's page is its server-rendered form. With its scripts preloaded in <head>, they ran
// before the first paint: Lighthouse (mobile) put /check/'s first contentful paint at 1.4 times and
// its largest at 1.5 times /contact/'s. Anything typed or chosen before the island hydrates is kept
// (useChecker reads the form when it starts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';
import { PAGE_SCRIPT_STARTED } from '../lib/offline';
import { cspHash, htmlFiles } from './built';

const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;
const SCRIPT_SRC = /(script-src 'self')/;

/** The modules the script at `src` imports statically, directly or not, as URLs in its folder. */
async function importsOf(dir: string, src: string, seen = new Set<string>()): Promise<Set<string>> {
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  const code = await readFile(join(dir, src), 'utf8');
  for (const [, relative] of code.matchAll(STATIC_IMPORT)) {
    const url = base + relative!.slice(2);
    if (seen.has(url)) continue;
    seen.add(url);
    await importsOf(dir, url, seen);
  }
  return seen;
}

/**
 * The inline module that loads `entry` once the page has painted: at once if the browser has already
 * recorded its first contentful paint (the parser may paint before it reaches the end of the page),
 * else when it reports it (Paint Timing, whose time is when the frame was shown), or, in a browser without
 * it, after the next frame (requestAnimationFrame runs just before a frame, its timeout after it).
 * Should no paint be reported (a page opened in a background tab paints when first shown), the script
 * loads after 3 s all the same: a checker that never starts would be worse than one that starts early.
 * Should the script fail to start (a browser too old for its syntax, or one that throws while it
 * starts), the page is marked `data-script-failed` and what its <noscript> elements hold is shown after
 * them: on /check/ a note and the way to the criteria, instead of a form that would answer nothing
 * (checker-layout.css hides the form). Either way it then settles the promise the page's service worker
 * registration waits for (src/lib/offline.ts), so that the worker's downloads follow the page's own.
 * The loader itself is ES2017, so that older WebKit gets this far, and minified (every byte of it is in
 * the page and in the checker's JavaScript budget).
 */
export function afterPaint(entry: string, imports: string[]): string {
  const preload = imports.length
    ? `for(const href of ${JSON.stringify(imports)})document.head.append(Object.assign(document.createElement("link"),{rel:"modulepreload",href}));`
    : '';
  const code =
    `let started=false,done;self.${PAGE_SCRIPT_STARTED}=new Promise(r=>done=r);const fail=()=>{document.documentElement.setAttribute("data-script-failed","");` +
    `for(const n of document.querySelectorAll("noscript"))n.insertAdjacentHTML("afterend",n.textContent)};` +
    `const load=()=>{if(started)return;started=true;${preload}import(${JSON.stringify(entry)}).catch(fail).then(done)};` +
    `performance.getEntriesByName("first-contentful-paint").length?load():` +
    `(PerformanceObserver.supportedEntryTypes||[]).includes("paint")` +
    `?new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();load()}}).observe({type:"paint",buffered:true})` +
    `:requestAnimationFrame(()=>setTimeout(load));setTimeout(load,3000)`;
  return transformSync(code, { minify: true, target: 'es2017' }).code.trim();
}

export default function paintFirst(): AstroIntegration {
  return {
    name: 'paint-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
        let pages = 0;
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          let changed = html;
          for (const [tag, src] of html.matchAll(SCRIPT)) {
            if (!src!.startsWith(base)) continue;
            const imports = await importsOf(root, src!.slice(base.length - 1));
            const loader = afterPaint(
              src!,
              [...imports].map((url) => `${base.slice(0, -1)}${url}`),
            );
            if (!SCRIPT_SRC.test(changed)) throw new Error(`${file}: no script-src 'self' in its CSP to add a hash to`);
            changed = changed
              .replace(SCRIPT_SRC, `$1 ${cspHash(loader)}`)
              .replace(tag, '')
              .replace('</head>', `<script type="module">${loader}</script></head>`);
          }
          if (changed !== html) {
            await writeFile(file, changed);
            pages++;
          }
        }
        logger.info(`module scripts load after the first paint on ${pages} page(s)`);
      },
    },
  };
}
