// After `astro build` and Pagefind (npm run build): one service worker per language, made with Workbox's
// injectManifest from src/lib/service-worker.ts, at the language's prefix (dist/sw.js, dist/zh/sw.js) so that its scope is that language's
// pages: a Chinese reader's browser fetches none of the English pages and their scripts, and an English
// reader's none of the Chinese. Each precaches what a page of its language can ask for: every page, the
// scripts they load and import (the checker's chunks and calculators), the app manifest and icons, and,
// where the pages search, Pagefind with the language's index, fragments and WebAssembly. The link
// preview and poster pictures are left to the network. Nothing else is routed: a request the worker
// has not precached goes to the network as it would without it, and it fetches only its own list.
//
// Pagefind starts a web worker from its own folder, and a worker's requests go through the service
// worker whose scope holds the web worker's address, not the page's: a language under a prefix gets a
// copy of Pagefind's files for its pages in its own folder (dist/zh/pagefind/, where its search page
// loads it from: src/components/SearchForm.astro), so that its search works offline too.
//
// injectManifest rather than generateSW: the worker is five lines of Workbox (src/lib/service-worker.ts),
// bundled here by esbuild in a fraction of a second; generateSW wrote the same worker through Rollup,
// Babel and Terser in about 3 s a language, against a build budget of 20 s (scripts/budgets.ts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { LANGS, LANGUAGES, type Lang } from '../src/i18n/languages.ts';

/** Files of the build that every language's worker keeps: the icon, and the app icons of the manifests. */
const SHARED = ['favicon.svg', 'icon-192.png', 'icon-512.png'];

/** Every file of the build, relative to `root`, with '/' between folders. */
function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The language a page of the build belongs to: the one whose prefix folder holds it, else the default. */
function languageOf(file: string): Lang {
  return (
    LANGS.find((lang) => LANGUAGES[lang].prefix && file.startsWith(`${LANGUAGES[lang].prefix.slice(1)}/`)) ?? LANGS[0]!
  );
}

/** The folder of the build a language's search page loads Pagefind from: 'pagefind/', 'zh/pagefind/'. */
export const pagefindFolder = (lang: Lang) => `${LANGUAGES[lang].prefix.slice(1)}/pagefind/`.replace(/^\//, '');

/**
 * Pagefind's files that search in `lang` fetches, relative to its folder: its script, web worker and
 * entry, and the language's own metadata, index chunks, fragments and WebAssembly (a language without
 * a stemmer uses wasm.unknown.pagefind).
 */
function pagefindFiles(root: string, lang: Lang): string[] {
  const key = LANGUAGES[lang].lang.toLowerCase();
  const entry = JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const index = entry.languages[key];
  if (!index) throw new Error(`Pagefind indexed no pages in ${key}: ${Object.keys(entry.languages).join(', ')}`);
  const chunks = (folder: string) =>
    readdirSync(join(root, 'pagefind', folder))
      .filter((name) => name.startsWith(`${key}_`))
      .map((name) => `${folder}/${name}`);
  return [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    `pagefind.${index.hash}.pf_meta`,
    `wasm.${index.wasm ?? 'unknown'}.pagefind`,
    ...chunks('index'),
    ...chunks('fragment'),
  ];
}

/** Copies Pagefind's files for `lang` from dist/pagefind/ to the language's own folder (dist/zh/pagefind/). */
function copyPagefind(root: string, lang: Lang) {
  const folder = pagefindFolder(lang);
  if (folder === 'pagefind/') return;
  for (const file of pagefindFiles(root, lang)) cpSync(join(root, 'pagefind', file), join(root, folder, file));
}

/** The files of the build that the pages of `lang` need offline, relative to `root`, sorted. */
export function precacheList(root: string, base: string, lang: Lang): string[] {
  const files = filesOf(root);
  const present = new Set(files);
  const pages = files.filter((file) => file.endsWith('.html') && languageOf(file) === lang);
  const html = pages.map((page) => readFileSync(join(root, page), 'utf8')).join('\n');
  const wanted = new Set([
    ...pages,
    ...SHARED,
    `${LANGUAGES[lang].prefix.slice(1)}/manifest.webmanifest`.replace(/^\//, ''),
  ]);
  // The scripts and stylesheets the pages name (script src, the paint-first loader's imports), then what
  // those scripts import, statically or on demand ('./calculators.x.js'), until nothing new is found.
  const quoted = new RegExp(
    `["'\`]${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(_astro/[^"'\`]+\\.(?:js|css))["'\`]`,
    'g',
  );
  const queue = [...html.matchAll(quoted)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.pop()!;
    if (wanted.has(file)) continue;
    wanted.add(file);
    if (!file.endsWith('.js')) continue;
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g))
      queue.push(folder + name);
  }
  // Search: the language's Pagefind files, from the folder its search page loads them from.
  const bundle = pagefindFolder(lang);
  if (html.includes(`"${base}${bundle}"`)) for (const file of pagefindFiles(root, lang)) wanted.add(bundle + file);
  const missing = [...wanted].filter((file) => !present.has(file));
  if (missing.length) throw new Error(`The ${lang} pages need files the build lacks: ${missing.join(', ')}`);
  return [...wanted].sort();
}

/** The worker's source, bundled and minified for browsers (Workbox's production build). */
export async function bundleWorker(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('../src/lib/service-worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
  });
  return outputFiles[0]!.text;
}

/**
 * Writes the worker of `lang` (its source: bundleWorker) into the build; resolves to its precache's
 * file count and bytes (raw, and gzip as a host sends them).
 */
export async function writeWorker(root: string, base: string, lang: Lang, source: string) {
  copyPagefind(root, lang);
  const list = precacheList(root, base, lang);
  const prefix = LANGUAGES[lang].prefix.slice(1);
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    writeFileSync(join(dir, 'sw.js'), source);
    const { count, size, warnings } = await injectManifest({
      swSrc: join(dir, 'sw.js'),
      swDest: join(root, prefix, 'sw.js'),
      globDirectory: root,
      // Each file by name (none has a glob character in it: checked below, by the count).
      globPatterns: list,
      // The list's URLs from the site's root, base path included (Workbox would resolve them from the worker's folder).
      modifyURLPrefix: { '': base },
      // Astro's bundled files have their content's hash in their names: no revision needed.
      dontCacheBustURLsMatching: /\/_astro\//,
    });
    if (count !== list.length)
      throw new Error(`The ${lang} worker precaches ${count} files, not the ${list.length} listed`);
    for (const warning of warnings) console.warn(`service worker (${lang}): ${warning}`);
    const gzip = list.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, file)), { level: 9 }).length, 0);
    return { lang, worker: `${base}${prefix ? `${prefix}/` : ''}sw.js`, files: count, bytes: size, gzip };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.OUT_DIR || 'dist');
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  const source = await bundleWorker();
  for (const lang of LANGS) {
    const { worker, files, bytes, gzip } = await writeWorker(root, base, lang, source);
    console.log(`${worker}: precaches ${files} files of the ${lang} pages, ${bytes} bytes (${gzip} gzip)`);
  }
}
