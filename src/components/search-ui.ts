// Client side of the search page: reads `?q=`, loads Pagefind's JS API on first use and renders
// the results as plain links. Pagefind's Component UI would add ~47 KB gzip of JS and CSS and does
// not read `?q=`; this file and search-pagefind.ts are ~1.5 KB gzip, which picks the results.
import { bestSections, searchPages, shownTitle, type Pagefind, type PagefindPage } from './search-pagefind';

/** The UI strings the page passes in `data-strings` (see src/i18n/<lang>/search.ts). */
interface SearchStrings {
  loading: string;
  empty: string;
  one: string;
  many: string;
  none: string;
  unavailable: string;
  failed: string;
  sectionsLabel: string;
}

const MAX_RESULTS = 10;

/** Fills in `{name}` placeholders. */
function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * Pagefind excerpts are HTML-escaped text with <mark> around the matches. Rebuild them as DOM,
 * keeping only text and <mark>, so no markup from the index ever reaches the page.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function renderPage(page: PagefindPage, strings: SearchStrings, query: string): HTMLLIElement {
  const title = page.meta.title || page.url;
  const item = el(
    'li',
    'search-result',
    el('h2', 'search-result__title', link(page.url, title)),
    el('p', 'search-result__excerpt', ...excerptNodes(page.excerpt)),
  );
  const sections = bestSections(page, query);
  if (sections.length) {
    const list = el('ul', 'search-result__sections');
    list.setAttribute('aria-label', `${strings.sectionsLabel}: ${title}`);
    for (const section of sections) {
      const entry = el('li', '', link(section.url, shownTitle(section.title)));
      // A page with one matching section often has the same excerpt twice: show it once.
      if (section.excerpt !== page.excerpt) entry.append(el('p', '', ...excerptNodes(section.excerpt)));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Wires the search form inside `root` (see SearchForm.astro). */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // Result URLs are relative to the site's base path (`/trial/` in a sub-path build).
      await api.options({ baseUrl: base, excerptLength: 24, excerptEllipsis: '…' });
      await api.init();
      return api;
    })());

  let latest = 0;
  async function search(raw: string) {
    const query = raw.trim();
    const run = ++latest;
    list.replaceChildren();
    list.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    root.setAttribute('aria-busy', 'true');
    try {
      const api = await load();
      const found = await searchPages(api, query);
      const pages = found.slice(0, MAX_RESULTS).map((f) => f.page);
      if (run !== latest) return; // a newer search has started
      list.replaceChildren(...pages.map((page) => renderPage(page, strings, query)));
      list.hidden = pages.length === 0;
      const count = found.length;
      const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.many;
      status.textContent = format(template, { count, query });
    } catch (error) {
      if (run !== latest) return;
      // No index: `astro dev` does not run Pagefind, and a broken deploy may lack /pagefind/.
      console.error('Search failed to load', error);
      status.textContent = import.meta.env.DEV ? strings.unavailable : strings.failed;
    } finally {
      if (run === latest) root.removeAttribute('aria-busy');
    }
  }

  const fromUrl = () => {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    void search(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const next = new URL(location.href);
    if (query) next.searchParams.set('q', query);
    else next.searchParams.delete('q');
    if (next.href !== location.href) history.pushState(null, '', next);
    void search(query);
    if (!query) status.textContent = strings.empty;
  });
  // Start fetching the index as soon as the reader types, so the first search is quick.
  input.addEventListener('input', () => void load().catch(() => {}), { once: true });
  addEventListener('popstate', fromUrl);
  form.hidden = false;
  fromUrl();
}
