// Reading the built HTML: which pages exist, their parsed DOM, and whether a link resolves to a file
// (and an element with the link's #anchor) in the same build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

/** The public origin the builds use for canonical URLs (astro.config.mjs: SITE_URL). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;

/** Every HTML file of a build, relative to its root ('faq/index.html', '404.html'), sorted. */
export function htmlFiles(root: string): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'));
  if (files.length === 0) throw new Error(`No HTML files in ${root}: was the site built?`);
  return files.sort();
}

/** The URL path a file is served at: 'faq/index.html' -> '/trial/faq/'. */
export function pagePath(file: string, base = '/'): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

const documents = new Map<string, Document>();

/** The parsed DOM of a built file (cached). */
export function loadDocument(root: string, file: string): Document {
  const path = join(root, file);
  let document = documents.get(path);
  if (!document) {
    document = new JSDOM(readFileSync(path, 'utf8')).window.document;
    documents.set(path, document);
  }
  return document;
}

/** The built file a path is served from, as the static host would ('/trial/faq/' -> 'faq/index.html'). */
function fileFor(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  const full = join(root, file);
  return existsSync(full) && statSync(full).isFile() ? file : undefined;
}

/** Why a link to a page of this build does not resolve, or undefined when it does. */
export function brokenLink(root: string, base: string, target: URL): string | undefined {
  const file = fileFor(root, base, target.pathname);
  if (!file) return `no file is served at ${target.pathname}`;
  if (!target.hash || target.hash === '#') return undefined;
  const id = decodeURIComponent(target.hash.slice(1));
  if (!file.endsWith('.html')) return `${target.hash} points into ${file}, which is not HTML`;
  if (!loadDocument(root, file).getElementById(id)) return `${file} has no element with id="${id}"`;
  return undefined;
}
